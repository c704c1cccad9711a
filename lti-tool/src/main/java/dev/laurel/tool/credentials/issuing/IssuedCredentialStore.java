package dev.laurel.tool.credentials.issuing;

import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.issuer.IssuerDirectory;
import dev.laurel.tool.credentials.document.OpenBadgeDocuments;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code issued_credential} table: every credential exactly as handed out, one active per (achievement, recipient). */
@Component
public class IssuedCredentialStore {

    private static final String ACTIVE = "Y";

    private final JdbcClient jdbc;
    private final IssuerDirectory directory;
    private final OpenBadgeDocuments documents;

    public IssuedCredentialStore(JdbcClient jdbc, IssuerDirectory directory, OpenBadgeDocuments documents) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.documents = documents;
    }

    /** Stores an issued credential as the active one; the unique constraint rejects a second active one. */
    void insert(UUID uuid, String issuerSlug, String achievementKey, String recipientKey, IssuedCredential credential,
            Instant issuedAt) {
        jdbc.sql("""
                INSERT INTO issued_credential (credential_uuid, issuer_slug, achievement_key, recipient_key, active,
                    media_type, serialized, issued_at)
                VALUES (:uuid, :slug, :achievement, :recipient, :active, :mediaType, :serialized, :issuedAt)""")
            .param("uuid", uuid.toString()).param("slug", issuerSlug).param("achievement", achievementKey)
            .param("recipient", recipientKey).param("active", ACTIVE).param("mediaType", credential.mediaType())
            .param("serialized", credential.serialized())
            .param("issuedAt", OffsetDateTime.ofInstant(issuedAt, ZoneOffset.UTC))
            .update();
    }

    /** The active credential for (achievement, recipient), if one was issued. */
    public Optional<IssuedCredential> findActive(String achievementKey, String recipientKey) {
        return jdbc.sql("""
                SELECT credential_uuid, issuer_slug, media_type, serialized FROM issued_credential
                WHERE achievement_key = :achievement AND recipient_key = :recipient AND active = :active""")
            .param("achievement", achievementKey).param("recipient", recipientKey).param("active", ACTIVE)
            .query((rs, row) -> toCredential(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
            .optional();
    }

    /** A credential by the UUID in its id URL. */
    public Optional<IssuedCredential> find(UUID uuid) {
        return jdbc.sql("SELECT credential_uuid, issuer_slug, media_type, serialized FROM issued_credential WHERE credential_uuid = :uuid")
            .param("uuid", uuid.toString())
            .query((rs, row) -> toCredential(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
            .optional();
    }

    /** How many credentials (active or not) exist for (achievement, recipient). */
    public int count(String achievementKey, String recipientKey) {
        return jdbc.sql("SELECT COUNT(*) FROM issued_credential WHERE achievement_key = :achievement AND recipient_key = :recipient")
            .param("achievement", achievementKey).param("recipient", recipientKey).query(Integer.class).single();
    }

    private IssuedCredential toCredential(String uuid, String slug, String mediaType, String serialized) {
        return new IssuedCredential(documents.credentialId(UUID.fromString(uuid)), directory.idFor(slug), mediaType, serialized);
    }
}
