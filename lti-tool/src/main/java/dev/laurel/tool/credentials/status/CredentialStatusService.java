package dev.laurel.tool.credentials.status;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Revokes, suspends and unsuspends Laurel's credentials: each change flips the credential's bit, bumps its
 * list's version (so the served list is re-signed on its next request) and is audited, in one transaction.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#revocation">Bitstring Status List §2.1 statusPurpose</a>
 */
@Service
public class CredentialStatusService {

    private final StatusListRepository lists;
    private final StatusChangeAudit audit;
    private final Clock clock;

    CredentialStatusService(StatusListRepository lists, StatusChangeAudit audit, Clock clock) {
        this.lists = lists;
        this.audit = audit;
        this.clock = clock;
    }

    /** Revokes a credential for good. Rejections: {@code unknown_credential}, {@code already_revoked}, {@code reason_required}. */
    @Transactional
    public StatusChange revoke(String credentialId, String reason, boolean reasonPublic, String actor) {
        return change(credentialId, StatusPurpose.REVOCATION, true, StatusChange.Action.REVOKE, reason, reasonPublic, actor, "already_revoked");
    }

    /** Suspends a credential. Rejections: {@code unknown_credential}, {@code already_suspended}, {@code reason_required}. */
    @Transactional
    public StatusChange suspend(String credentialId, String reason, boolean reasonPublic, String actor) {
        return change(credentialId, StatusPurpose.SUSPENSION, true, StatusChange.Action.SUSPEND, reason, reasonPublic, actor, "already_suspended");
    }

    /** Lifts a suspension. Rejections: {@code unknown_credential}, {@code not_suspended}, {@code reason_required}. */
    @Transactional
    public StatusChange unsuspend(String credentialId, String reason, boolean reasonPublic, String actor) {
        return change(credentialId, StatusPurpose.SUSPENSION, false, StatusChange.Action.UNSUSPEND, reason, reasonPublic, actor, "not_suspended");
    }

    /** The credential's current status, as Laurel's lists hold it. */
    @Transactional(readOnly = true)
    public Optional<CredentialStatus> status(String credentialId) {
        var revocation = lists.findEntry(credentialId, StatusPurpose.REVOCATION);
        var suspension = lists.findEntry(credentialId, StatusPurpose.SUSPENSION);
        if (revocation.isEmpty() && suspension.isEmpty()) {
            return Optional.empty();
        }
        boolean revoked = revocation.map(StatusListRepository.StatusEntryRow::set).orElse(false);
        boolean suspended = suspension.map(StatusListRepository.StatusEntryRow::set).orElse(false);
        return Optional.of(new CredentialStatus(credentialId, revoked, suspended, audit.history(credentialId)));
    }

    private StatusChange change(String credentialId, StatusPurpose purpose, boolean to, StatusChange.Action action, String reason,
            boolean reasonPublic, String actor, String unchangedCode) {
        if (!StringUtils.hasText(reason)) {
            throw new StatusListException("reason_required", "a status change needs a reason");
        }
        if (!StringUtils.hasText(actor)) {
            throw new StatusListException("actor_required", "a status change needs the acting account");
        }
        var entry = lists.findEntry(credentialId, purpose)
                .orElseThrow(() -> new StatusListException("unknown_credential", "the credential has no " + purpose.value() + " entry in Laurel's lists"));
        if (!lists.flip(credentialId, purpose, !to, to)) {
            throw new StatusListException(unchangedCode, "the credential's " + purpose.value() + " status is already " + (to ? "set" : "clear"));
        }
        lists.bumpVersion(entry.listId(), clock.instant());
        StatusChange change = new StatusChange(credentialId, action, reason.strip(), reasonPublic, actor,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        audit.record(change);
        return change;
    }

    /**
     * A credential's status.
     *
     * @param credentialId the credential
     * @param revoked whether its revocation bit is set
     * @param suspended whether its suspension bit is set
     * @param history its audited changes, oldest first
     */
    public record CredentialStatus(String credentialId, boolean revoked, boolean suspended, List<StatusChange> history) {
    }
}
