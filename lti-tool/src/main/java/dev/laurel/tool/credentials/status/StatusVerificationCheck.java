package dev.laurel.tool.credentials.status;

import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.credentials.PresentedCredential;
import dev.laurel.tool.credentials.VerificationCheck;
import dev.laurel.tool.credentials.VerificationStep;
import dev.laurel.tool.credentials.VerificationStep.Outcome;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The {@code status} check: reads the bit of every {@code BitstringStatusListEntry} that points at one of
 * Laurel's own lists; lists hosted elsewhere are never fetched (UNRESOLVABLE).
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#validate-algorithm">Bitstring Status List §3.2</a>
 */
@Component
public class StatusVerificationCheck implements VerificationCheck {

    static final String CHECK = "status";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final StatusListRepository lists;
    private final StatusChangeAudit audit;
    private final LaurelProperties laurel;

    StatusVerificationCheck(StatusListRepository lists, StatusChangeAudit audit, LaurelProperties laurel) {
        this.lists = lists;
        this.audit = audit;
        this.laurel = laurel;
    }

    @Override
    public VerificationStep verify(PresentedCredential credential) {
        JsonNode status = credential.document().get("credentialStatus");
        if (status == null || status.isNull() || (status.isArray() && status.isEmpty())) {
            return new VerificationStep(CHECK, Outcome.NOT_APPLICABLE, "The credential has no credentialStatus.");
        }
        List<JsonNode> entries = new ArrayList<>();
        if (status.isArray()) {
            status.forEach(entries::add);
        }
        else {
            entries.add(status);
        }
        List<VerificationStep> steps = entries.stream().map(this::check).toList();
        return steps.stream().filter(step -> step.outcome() == Outcome.FAILED).findFirst()
                .or(() -> steps.stream().filter(step -> step.outcome() == Outcome.UNRESOLVABLE).findFirst())
                .orElse(new VerificationStep(CHECK, Outcome.PASSED, "The credential is neither revoked nor suspended."));
    }

    private VerificationStep check(JsonNode entry) {
        if (!entry.isObject() || !"BitstringStatusListEntry".equals(text(entry, "type"))) {
            return new VerificationStep(CHECK, Outcome.UNRESOLVABLE, "The status entry is not a BitstringStatusListEntry; it is not checked.");
        }
        String listUrl = text(entry, "statusListCredential");
        Optional<StatusListLocation> location = StatusListLocation.fromUrl(listUrl, laurel.baseUrl());
        if (location.isEmpty()) {
            // §3.2: a list is only trusted once fetched and verified; Laurel never fetches another host's list
            return new VerificationStep(CHECK, Outcome.UNRESOLVABLE, "The status list is hosted outside Laurel and is not fetched.");
        }
        var list = lists.find(location.get());
        if (list.isEmpty()) {
            return new VerificationStep(CHECK, Outcome.FAILED, "The credential names a Laurel status list that does not exist.");
        }
        int index;
        try {
            index = Integer.parseInt(text(entry, "statusListIndex"));
        }
        catch (NumberFormatException ex) {
            return new VerificationStep(CHECK, Outcome.FAILED, "The statusListIndex is not a number.");
        }
        if (index < 0 || index >= list.get().size()) {
            return new VerificationStep(CHECK, Outcome.FAILED, "The statusListIndex is outside the status list.");
        }
        Optional<StatusListRepository.StatusEntryRow> row = lists.findEntry(list.get().id(), index);
        if (row.isPresent() && row.get().set()) {
            return failure(row.get());
        }
        // the suspension entry is not embedded by default (OB 3.0 allows one credentialStatus): read Laurel's own bit
        Optional<StatusListRepository.StatusEntryRow> suspension = row
                .filter(revocation -> revocation.purpose() == StatusPurpose.REVOCATION)
                .flatMap(revocation -> lists.findEntry(revocation.credentialId(), StatusPurpose.SUSPENSION))
                .filter(StatusListRepository.StatusEntryRow::set);
        return suspension.map(this::failure)
                .orElse(new VerificationStep(CHECK, Outcome.PASSED, "The credential's " + location.get().purpose().value() + " bit is clear."));
    }

    private VerificationStep failure(StatusListRepository.StatusEntryRow entry) {
        if (entry.purpose() == StatusPurpose.SUSPENSION) {
            return new VerificationStep(CHECK, Outcome.FAILED, "suspended");
        }
        return audit.latest(entry.credentialId(), StatusChange.Action.REVOKE)
                .map(change -> "revoked on " + DATE.format(change.changedAt()) + (change.reasonPublic() ? ": " + change.reason() : ""))
                .map(message -> new VerificationStep(CHECK, Outcome.FAILED, message))
                .orElse(new VerificationStep(CHECK, Outcome.FAILED, "revoked"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }
}
