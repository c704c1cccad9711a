package dev.laurel.tool.credentials.issuing;

import dev.laurel.tool.credentials.CredentialStatusAllocator;
import dev.laurel.tool.credentials.CredentialsIssuedEvent;
import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.document.CredentialDraft;
import dev.laurel.tool.credentials.document.OpenBadgeDocuments;
import dev.laurel.tool.credentials.document.OpenBadgeSchemaValidator;
import dev.laurel.tool.credentials.issuer.IssuerDirectory;
import dev.laurel.tool.credentials.issuer.IssuerKeyStore;
import dev.laurel.tool.credentials.issuer.IssuerProfile;
import dev.laurel.tool.credentials.issuer.SigningKey;
import dev.laurel.tool.credentials.proof.CredentialSigner;
import dev.laurel.tool.credentials.proof.ProofFormat;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * Issues many credentials at once with the same guarantees as {@link CredentialIssuer#issue} (idempotent per
 * achievement and recipient, schema-validated, signed, status-allocated, logged, one transaction) at a fraction of
 * the per-credential cost: the active credentials are looked up in one query per achievement, status indexes are
 * reserved in a few statements, the documents are built, validated and signed on a bounded pool of threads, and the
 * credentials and their log leaves are written in multi-row statements.
 *
 * <p>Schema validation of a batch: the achievement (most of each document) is built once per achievement and shared
 * by its credentials, and validated once inside a complete credential; each credential is then validated with a
 * minimal stand-in achievement in its place before the shared one is put back and the credential signed. JSON Schema
 * validates a property's value only against that property's subschema (the OB 3.0 schema has no constraint across
 * {@code achievement} and its siblings), so this finds exactly the violations a full validation of each would. Of the
 * credentials of one {@link DocumentShapes shape} (those that differ only in their generated ids, hashes, salts and
 * status indexes) one is validated, and its result holds for the others. A VC-JWT payload takes the shared
 * achievement as JSON text written once per achievement, byte for byte what serializing it in each payload writes.
 *
 * <p>A request that fails does not fail the others: a batch the database rejects (a concurrent instance issued one of
 * its credentials first, a value too long) is issued again one request at a time, each idempotent.
 */
@Service
public class BatchCredentialIssuer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BatchCredentialIssuer.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IssuerDirectory directory;
    private final OpenBadgeDocuments documents;
    private final OpenBadgeSchemaValidator schema;
    private final CredentialSigner signer;
    private final IssuerKeyStore keys;
    private final IssuedCredentialStore store;
    private final PublishedAchievements achievements;
    private final ObjectProvider<CredentialStatusAllocator> statusAllocator;
    private final CredentialIssuer single;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JsonMapper mapper;
    private final Clock clock;
    private final ExecutorService pool;

    public BatchCredentialIssuer(IssuerDirectory directory, OpenBadgeDocuments documents, OpenBadgeSchemaValidator schema,
            CredentialSigner signer, IssuerKeyStore keys, IssuedCredentialStore store, PublishedAchievements achievements,
            ObjectProvider<CredentialStatusAllocator> statusAllocator, CredentialIssuer single,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager, IssuingProperties properties,
            JsonMapper mapper, Clock clock) {
        this.directory = directory;
        this.documents = documents;
        this.schema = schema;
        this.signer = signer;
        this.keys = keys;
        this.store = store;
        this.achievements = achievements;
        this.statusAllocator = statusAllocator;
        this.single = single;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.mapper = mapper;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(properties.threads(), task -> {
            Thread thread = new Thread(task, "credential-signing-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The number of threads that sign: what a fair comparison with bare signatures uses too. */
    public ExecutorService signingPool() {
        return pool;
    }

    /**
     * Issues (or finds the already active) credential of each request; the outcomes are in the order of the
     * requests. Requests for the same achievement and recipient get the same credential.
     */
    public List<IssueOutcome> issueAll(List<IssueRequest> requests) {
        IssueOutcome[] outcomes = new IssueOutcome[requests.size()];
        Map<String, List<Integer>> pendingByGroup = new LinkedHashMap<>();
        Map<String, IssuerProfile> issuers = new LinkedHashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            IssueRequest request = requests.get(i);
            Optional<IssuerProfile> issuer = issuer(request, issuers);
            if (issuer.isEmpty()) {
                outcomes[i] = IssueOutcome.failed(request,
                        new IllegalArgumentException("unknown_issuer: no issuer profile " + request.issuerSlug()));
                continue;
            }
            pendingByGroup.computeIfAbsent(issuer.get().slug() + " " + request.achievement().key(), key -> new ArrayList<>()).add(i);
        }
        List<Integer> pending = new ArrayList<>();
        pendingByGroup.values().forEach(pending::addAll);
        try {
            transaction.executeWithoutResult(status -> issueInTransaction(requests, pendingByGroup, issuers, outcomes));
        }
        catch (RuntimeException batchFailure) {
            log.info("Batch of {} credentials rejected ({}); issuing them one by one", pending.size(),
                    batchFailure.getClass().getSimpleName());
            for (int i : pending) {
                IssueRequest request = requests.get(i);
                try {
                    outcomes[i] = single.issueOne(request);
                }
                catch (RuntimeException failure) {
                    outcomes[i] = IssueOutcome.failed(request, failure);
                }
            }
        }
        return List.of(outcomes);
    }

    private Optional<IssuerProfile> issuer(IssueRequest request, Map<String, IssuerProfile> issuers) {
        String slug = request.issuerSlug() == null ? IssuerDirectory.DEFAULT_SLUG : request.issuerSlug();
        IssuerProfile known = issuers.get(slug);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<IssuerProfile> found = request.issuerSlug() == null ? Optional.of(directory.defaultIssuer()) : directory.find(slug);
        found.ifPresent(profile -> issuers.put(slug, profile));
        return found;
    }

    private void issueInTransaction(List<IssueRequest> requests, Map<String, List<Integer>> pendingByGroup,
            Map<String, IssuerProfile> issuers, IssueOutcome[] outcomes) {
        Instant now = clock.instant();
        List<Prepared> prepared = new ArrayList<>();
        Map<Integer, Integer> sameAs = new LinkedHashMap<>();
        for (List<Integer> group : pendingByGroup.values()) {
            IssueRequest first = requests.get(group.get(0));
            IssuerProfile issuer = issuers.get(first.issuerSlug() == null ? IssuerDirectory.DEFAULT_SLUG : first.issuerSlug());
            Map<String, IssuedCredential> active = store.findActive(first.achievement().key(),
                    group.stream().map(i -> requests.get(i).recipient().stableId()).distinct().toList());
            Map<String, Integer> firstOfRecipient = new LinkedHashMap<>();
            for (int i : group) {
                IssueRequest request = requests.get(i);
                String recipient = request.recipient().stableId();
                IssuedCredential existing = active.get(recipient);
                if (existing != null) {
                    outcomes[i] = IssueOutcome.issued(request, existing, false);
                }
                else if (firstOfRecipient.containsKey(recipient)) {
                    sameAs.put(i, firstOfRecipient.get(recipient));
                }
                else {
                    firstOfRecipient.put(recipient, i);
                    UUID uuid = UUID.randomUUID();
                    prepared.add(new Prepared(i, request, issuer, uuid, documents.credentialId(uuid)));
                }
            }
        }
        allocateStatus(prepared);
        validateAchievements(prepared, now);
        Map<String, SigningKey> signingKeys = new LinkedHashMap<>();
        prepared.forEach(item -> signingKeys.computeIfAbsent(item.issuer().slug() + "/" + format(item),
                key -> keys.currentSigningKey(item.issuer(), format(item).keyAlgorithm())));
        List<CompletableFuture<Void>> work = prepared.stream()
            .map(item -> CompletableFuture.runAsync(() -> item.sign(signingKeys.get(item.issuer().slug() + "/" + format(item)), now), pool))
            .toList();
        CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).exceptionally(ignored -> null).join();
        List<IssuedCredentialStore.NewCredential> rows = new ArrayList<>();
        List<IssuedCredential> signed = new ArrayList<>();
        Map<String, Prepared> published = new TreeMap<>();
        for (Prepared item : prepared) {
            if (item.failure != null) {
                outcomes[item.index()] = IssueOutcome.failed(item.request(), item.failure);
                continue;
            }
            rows.add(new IssuedCredentialStore.NewCredential(item.uuid(), item.issuer().slug(),
                    item.request().achievement().key(), item.request().recipient().stableId(), item.credential));
            signed.add(item.credential);
            published.putIfAbsent(item.request().achievement().key(), item);
            outcomes[item.index()] = IssueOutcome.issued(item.request(), item.credential, true);
        }
        store.insertAll(rows, now);
        // achievements in key order and the log head last: concurrent batches take these row locks in one order
        published.values().forEach(item -> achievements.publish(item.request().achievement().key(), item.issuer().slug(),
                documents.achievement(item.request().achievement()).toString(), now));
        if (!signed.isEmpty()) {
            events.publishEvent(new CredentialsIssuedEvent(signed));
        }
        sameAs.forEach((index, first) -> outcomes[index] = outcomes[first].issued()
                ? IssueOutcome.issued(requests.get(index), outcomes[first].credential(), false)
                : new IssueOutcome(requests.get(index), null, false, outcomes[first].errorCode(), outcomes[first].errorMessage()));
    }

    /** Builds each achievement's node once and validates it once, in the complete credential of its first request. */
    private void validateAchievements(List<Prepared> prepared, Instant now) {
        Map<String, AchievementNodes> byAchievement = new LinkedHashMap<>();
        for (Prepared item : prepared) {
            item.nodes = byAchievement.computeIfAbsent(item.issuer().slug() + " " + item.request().achievement().key(), key -> {
                ObjectNode achievement = documents.achievement(item.request().achievement());
                AchievementNodes nodes = new AchievementNodes(achievement, standIn(achievement),
                        new RawValue(mapper.writeValueAsString(achievement)));
                try {
                    nodes.violations = schema.violations(documents.credential(item.draft(now), achievement));
                }
                catch (RuntimeException ex) {
                    nodes.violations = List.of("the credential could not be built: " + ex.getMessage());
                }
                return nodes;
            });
        }
    }

    /** The smallest valid achievement with the same id, which validates each credential's other parts. */
    private static ObjectNode standIn(ObjectNode achievement) {
        ObjectNode standIn = achievement.objectNode();
        standIn.set("id", achievement.get("id"));
        standIn.putArray("type").add("Achievement");
        standIn.put("name", "-").put("description", "-").putObject("criteria").put("narrative", "-");
        return standIn;
    }

    private void allocateStatus(List<Prepared> prepared) {
        CredentialStatusAllocator allocator = statusAllocator.getIfAvailable();
        if (allocator == null) {
            return;
        }
        Map<String, List<Prepared>> byIssuer = new LinkedHashMap<>();
        prepared.forEach(item -> byIssuer.computeIfAbsent(item.issuer().id(), id -> new ArrayList<>()).add(item));
        byIssuer.forEach((issuerId, items) -> {
            Map<String, List<ObjectNode>> entries = allocator.allocateAll(issuerId,
                    items.stream().map(Prepared::credentialId).toList());
            items.forEach(item -> item.status = entries.get(item.credentialId()));
        });
    }

    private static ProofFormat format(Prepared item) {
        return item.request().proofFormat() != null ? item.request().proofFormat() : ProofFormat.valueOf(item.issuer().proofFormat());
    }

    private static String salt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }

    /**
     * What the credentials of one achievement share: its node, built once, and the result of validating it once in
     * a complete credential (null until then).
     */
    private static final class AchievementNodes {

        private final ObjectNode achievement;
        private final ObjectNode standIn;
        private final RawValue serialized;
        private final Map<String, List<String>> violationsByShape = new java.util.concurrent.ConcurrentHashMap<>();
        private List<String> violations;

        AchievementNodes(ObjectNode achievement, ObjectNode standIn, RawValue serialized) {
            this.achievement = achievement;
            this.standIn = standIn;
            this.serialized = serialized;
        }
    }

    /** One credential on its way: built, validated and signed on the pool. */
    private final class Prepared {

        private final int index;
        private final IssueRequest request;
        private final IssuerProfile issuer;
        private final UUID uuid;
        private final String credentialId;
        private List<ObjectNode> status = List.of();
        private AchievementNodes nodes;
        private volatile IssuedCredential credential;
        private volatile RuntimeException failure;

        Prepared(int index, IssueRequest request, IssuerProfile issuer, UUID uuid, String credentialId) {
            this.index = index;
            this.request = request;
            this.issuer = issuer;
            this.uuid = uuid;
            this.credentialId = credentialId;
        }

        CredentialDraft draft(Instant now) {
            return new CredentialDraft(credentialId, issuer, request.achievement(), request.recipient(), salt(),
                    request.results(), request.evidence(), now, request.validUntil(), status);
        }

        void sign(SigningKey key, Instant now) {
            try {
                if (!nodes.violations.isEmpty()) {
                    throw new IllegalStateException("credential_schema_invalid: " + String.join("; ", nodes.violations));
                }
                ObjectNode document = documents.credential(draft(now), nodes.standIn);
                List<String> violations = nodes.violationsByShape.computeIfAbsent(DocumentShapes.of(document),
                        shape -> schema.violations(document));
                if (!violations.isEmpty()) {
                    throw new IllegalStateException("credential_schema_invalid: " + String.join("; ", violations));
                }
                ObjectNode subject = (ObjectNode) document.get("credentialSubject");
                ProofFormat format = format(this);
                if (format == ProofFormat.EDDSA_RDFC_2022) {
                    subject.set("achievement", nodes.achievement);
                }
                else {
                    // a VC-JWT payload is the document's JSON text: the shared achievement's is written once per batch
                    subject.putRawValue("achievement", nodes.serialized);
                }
                credential = new IssuedCredential(credentialId, issuer.id(), format.mediaType(), signer.secure(document, key, format));
            }
            catch (RuntimeException ex) {
                failure = ex;
            }
        }

        int index() {
            return index;
        }

        IssueRequest request() {
            return request;
        }

        IssuerProfile issuer() {
            return issuer;
        }

        UUID uuid() {
            return uuid;
        }

        String credentialId() {
            return credentialId;
        }
    }
}
