package dev.laurel.tool.credentials.status;

import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.credentials.CredentialStatusAllocator;
import dev.laurel.tool.credentials.issuer.IssuerDirectory;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gives each new credential a random index in its issuer's current revocation list and another in its
 * current suspension list, so neighbouring indexes say nothing about issuance order. Uniqueness is the
 * database's primary key; each attempt runs in a savepoint (nested transaction), so a collision with
 * another instance only retries and never spoils the caller's issuing transaction.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistentry">Bitstring Status List §2.1</a>
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#privacy-considerations">Bitstring Status List §6 (correlation)</a>
 */
@Service
public class BitstringStatusAllocator implements CredentialStatusAllocator {

    private static final int MAX_ATTEMPTS = 64;

    private final StatusListRepository lists;
    private final IssuerDirectory directory;
    private final StatusListProperties properties;
    private final LaurelProperties laurel;
    private final Clock clock;
    private final TransactionTemplate savepoint;
    private final SecureRandom random = new SecureRandom();
    private final TakenIndexes taken;

    BitstringStatusAllocator(StatusListRepository lists, IssuerDirectory directory, StatusListProperties properties, LaurelProperties laurel, Clock clock,
            PlatformTransactionManager transactions) {
        this.lists = lists;
        this.taken = new TakenIndexes(lists, clock);
        this.directory = directory;
        this.properties = properties;
        this.laurel = laurel;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Reserves both indexes; answers the revocation entry, and the suspension entry too when
     * {@code laurel.credentials.status.embed-suspension} is on (OB 3.0's schema allows one {@code credentialStatus}).
     */
    @Override
    public List<ObjectNode> allocate(String issuerId, String credentialId) {
        ObjectNode revocation = entry(allocate(issuerId, credentialId, StatusPurpose.REVOCATION));
        ObjectNode suspension = entry(allocate(issuerId, credentialId, StatusPurpose.SUSPENSION));
        return properties.embedSuspension() ? List.of(revocation, suspension) : List.of(revocation);
    }

    /**
     * Reserves both indexes of many new credentials (never allocated before) in one insert per purpose: the random
     * indexes are drawn among those {@link TakenIndexes} knows to be free, and inserted together in a savepoint (a
     * concurrent instance that took one of them first only makes this read the list again and draw again).
     */
    @Override
    public Map<String, List<ObjectNode>> allocateAll(String issuerId, List<String> credentialIds) {
        Map<String, AllocatedStatus> revocation = allocateAll(issuerId, credentialIds, StatusPurpose.REVOCATION);
        Map<String, AllocatedStatus> suspension = allocateAll(issuerId, credentialIds, StatusPurpose.SUSPENSION);
        Map<String, List<ObjectNode>> entries = new LinkedHashMap<>();
        for (String credentialId : credentialIds) {
            ObjectNode revocationEntry = entry(revocation.get(credentialId));
            entries.put(credentialId, properties.embedSuspension()
                    ? List.of(revocationEntry, entry(suspension.get(credentialId))) : List.of(revocationEntry));
        }
        return entries;
    }

    private Map<String, AllocatedStatus> allocateAll(String issuerId, List<String> credentialIds, StatusPurpose purpose) {
        Map<String, AllocatedStatus> allocated = new HashMap<>();
        List<String> remaining = new ArrayList<>(new LinkedHashSet<>(credentialIds));
        for (int attempt = 0; attempt < MAX_ATTEMPTS && !remaining.isEmpty(); attempt++) {
            Optional<ListWithRoom> open = listWithRoom(issuerId, purpose);
            if (open.isEmpty()) {
                continue;
            }
            StatusListRepository.StatusListRow list = open.get().list();
            long room = open.get().room();
            List<String> batch = remaining.subList(0, (int) Math.min(room, remaining.size()));
            List<Integer> indexes = taken.pick(list.id(), list.size(), batch.size(), random);
            List<StatusListRepository.NewEntry> entries = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                entries.add(new StatusListRepository.NewEntry(indexes.get(i), batch.get(i)));
            }
            Instant now = clock.instant();
            try {
                savepoint.executeWithoutResult(status -> lists.insertEntries(list.id(), entries, purpose, now));
            }
            catch (DuplicateKeyException | ConcurrencyFailureException takenElsewhere) {
                taken.forget(list.id()); // another instance took an index: read the list again and draw again
                continue;
            }
            entries.forEach(entry -> allocated.put(entry.credentialId(), new AllocatedStatus(list.location(), entry.index())));
            remaining = new ArrayList<>(remaining.subList(batch.size(), remaining.size()));
        }
        if (!remaining.isEmpty()) {
            throw new IllegalStateException("status_index_unavailable: no free " + purpose.value() + " indexes after "
                    + MAX_ATTEMPTS + " attempts");
        }
        return allocated;
    }

    /** A list taking new entries, with how many more it takes. */
    private record ListWithRoom(StatusListRepository.StatusListRow list, long room) {
    }

    /** As {@link #openList}, with the entries known from {@link TakenIndexes} rather than counted. */
    private Optional<ListWithRoom> listWithRoom(String issuerId, StatusPurpose purpose) {
        String issuerSlug = directory.findById(issuerId)
                .orElseThrow(() -> new StatusListException("unknown_issuer", "the issuer is not one of Laurel's issuer profiles"))
                .slug();
        var newest = lists.newest(issuerSlug, purpose);
        if (newest.isPresent()) {
            long room = properties.capacity() - taken.count(newest.get().id(), newest.get().size());
            if (room > 0) {
                return Optional.of(new ListWithRoom(newest.get(), room));
            }
        }
        return openList(issuerId, purpose).map(list -> new ListWithRoom(list, properties.capacity() - taken.count(list.id(), list.size())));
    }

    /** Both entries of a credential (allocating them if needed), whatever is embedded. */
    public List<ObjectNode> allocateBoth(String issuerId, String credentialId) {
        return List.of(entry(allocate(issuerId, credentialId, StatusPurpose.REVOCATION)),
                entry(allocate(issuerId, credentialId, StatusPurpose.SUSPENSION)));
    }

    /** The credential's entry for {@code purpose}: the one it already has, or a newly reserved random index. */
    public AllocatedStatus allocate(String issuerId, String credentialId, StatusPurpose purpose) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            var existing = lists.findEntry(credentialId, purpose);
            if (existing.isPresent()) {
                return allocated(existing.get());
            }
            Optional<StatusListRepository.StatusListRow> open = openList(issuerId, purpose);
            if (open.isEmpty()) {
                continue;
            }
            StatusListRepository.StatusListRow list = open.get();
            int index = random.nextInt(list.size());
            try {
                savepoint.executeWithoutResult(status -> lists.insertEntry(list.id(), index, credentialId, purpose, clock.instant()));
                return new AllocatedStatus(list.location(), index);
            }
            catch (DuplicateKeyException | ConcurrencyFailureException taken) {
                // the index (or this credential's entry) was taken concurrently: look again
            }
        }
        throw new IllegalStateException("status_index_unavailable: no free " + purpose.value() + " index after " + MAX_ATTEMPTS + " attempts");
    }

    /** The list new entries go to; empty when another transaction is still opening it. */
    private Optional<StatusListRepository.StatusListRow> openList(String issuerId, StatusPurpose purpose) {
        String issuerSlug = directory.findById(issuerId)
                .orElseThrow(() -> new StatusListException("unknown_issuer", "the issuer is not one of Laurel's issuer profiles"))
                .slug();
        var newest = lists.newest(issuerSlug, purpose);
        if (newest.isPresent() && lists.countEntries(newest.get().id()) < properties.capacity()) {
            return newest;
        }
        StatusListLocation next = new StatusListLocation(issuerSlug, purpose, newest.map(row -> row.location().listNumber() + 1).orElse(1));
        try {
            savepoint.executeWithoutResult(status -> lists.create(issuerId, next, properties.listSize(), clock.instant()));
        }
        catch (DuplicateKeyException | ConcurrencyFailureException createdElsewhere) {
            // another instance opened the same list first: use it
        }
        return lists.find(next);
    }

    private AllocatedStatus allocated(StatusListRepository.StatusEntryRow row) {
        return new AllocatedStatus(lists.findById(row.listId()).orElseThrow().location(), row.index());
    }

    private ObjectNode entry(AllocatedStatus status) {
        String listUrl = status.location().url(laurel.baseUrl());
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("id", listUrl + "#" + status.index());
        entry.put("type", "BitstringStatusListEntry");
        entry.put("statusPurpose", status.location().purpose().value());
        entry.put("statusListIndex", Integer.toString(status.index()));
        entry.put("statusListCredential", listUrl);
        return entry;
    }

    /**
     * A reserved status index.
     *
     * @param location the list
     * @param index the credential's index in it
     */
    public record AllocatedStatus(StatusListLocation location, int index) {
    }
}
