package dev.laurel.tool.credentials.issuing;

import dev.laurel.tool.credentials.CredentialIssuedEvent;
import dev.laurel.tool.credentials.CredentialStatusAllocator;
import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.document.CredentialDraft;
import dev.laurel.tool.credentials.document.OpenBadgeDocuments;
import dev.laurel.tool.credentials.document.OpenBadgeSchemaValidator;
import dev.laurel.tool.credentials.issuer.IssuerDirectory;
import dev.laurel.tool.credentials.issuer.IssuerProfile;
import dev.laurel.tool.credentials.proof.CredentialSigner;
import dev.laurel.tool.credentials.proof.ProofFormat;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issues Open Badges 3.0 credentials: builds the document, allocates its status entries, validates it
 * against the OB 3.0 schema, signs it, stores it and publishes {@link CredentialIssuedEvent}, all in one
 * transaction. Issuing the same achievement to the same recipient again returns the active credential.
 */
@Service
public class CredentialIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IssuerDirectory directory;
    private final OpenBadgeDocuments documents;
    private final OpenBadgeSchemaValidator schema;
    private final CredentialSigner signer;
    private final IssuedCredentialStore store;
    private final PublishedAchievements achievements;
    private final ObjectProvider<CredentialStatusAllocator> statusAllocator;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public CredentialIssuer(IssuerDirectory directory, OpenBadgeDocuments documents, OpenBadgeSchemaValidator schema,
            CredentialSigner signer, IssuedCredentialStore store, PublishedAchievements achievements,
            ObjectProvider<CredentialStatusAllocator> statusAllocator, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.directory = directory;
        this.documents = documents;
        this.schema = schema;
        this.signer = signer;
        this.store = store;
        this.achievements = achievements;
        this.statusAllocator = statusAllocator;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Issues (or returns the already active) credential for the request's achievement and recipient.
     *
     * @throws IllegalArgumentException with code {@code unknown_issuer} for an issuer slug Laurel does not know
     * @throws IllegalStateException with code {@code credential_schema_invalid} if the document breaks the OB 3.0 schema
     */
    public IssuedCredential issue(IssueRequest request) {
        return issueOne(request).credential();
    }

    /** {@link #issue}, telling whether this call signed the credential or found it active. */
    IssueOutcome issueOne(IssueRequest request) {
        IssuerProfile issuer = request.issuerSlug() == null ? directory.defaultIssuer()
                : directory.find(request.issuerSlug())
                    .orElseThrow(() -> new IllegalArgumentException("unknown_issuer: no issuer profile " + request.issuerSlug()));
        try {
            return transaction.execute(status -> issueInTransaction(issuer, request));
        }
        catch (DuplicateKeyException ex) {
            // issued concurrently: the unique (achievement, recipient, active) constraint kept one
            return IssueOutcome.issued(request, transaction.execute(status -> store.findActive(request.achievement().key(),
                    request.recipient().stableId())).orElseThrow(() -> ex), false);
        }
    }

    private IssueOutcome issueInTransaction(IssuerProfile issuer, IssueRequest request) {
        String achievementKey = request.achievement().key();
        String recipientKey = request.recipient().stableId();
        var existing = store.findActive(achievementKey, recipientKey);
        if (existing.isPresent()) {
            return IssueOutcome.issued(request, existing.get(), false);
        }
        UUID uuid = UUID.randomUUID();
        String credentialId = documents.credentialId(uuid);
        Instant now = clock.instant();
        CredentialStatusAllocator allocator = statusAllocator.getIfAvailable();
        List<ObjectNode> status = allocator == null ? List.of() : allocator.allocate(issuer.id(), credentialId);
        ObjectNode credential = documents.credential(new CredentialDraft(credentialId, issuer, request.achievement(),
                request.recipient(), salt(), request.results(), request.evidence(), now, request.validUntil(), status));
        List<String> violations = schema.violations(credential);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("credential_schema_invalid: " + String.join("; ", violations));
        }
        ProofFormat format = request.proofFormat() != null ? request.proofFormat() : ProofFormat.valueOf(issuer.proofFormat());
        IssuedCredential issued = signer.sign(credential, format);
        store.insert(uuid, issuer.slug(), achievementKey, recipientKey, issued, now);
        achievements.publish(achievementKey, issuer.slug(), documents.achievement(request.achievement()).toString(), now);
        events.publishEvent(new CredentialIssuedEvent(issued));
        return IssueOutcome.issued(request, issued, true);
    }

    private static String salt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }
}
