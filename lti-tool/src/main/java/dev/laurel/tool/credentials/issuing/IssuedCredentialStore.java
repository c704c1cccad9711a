package dev.laurel.tool.credentials.issuing;

import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.issuer.IssuerDirectory;
import dev.laurel.tool.credentials.document.OpenBadgeDocuments;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code issued_credential} table: every credential exactly as handed out, one active per (achievement, recipient). */
@Component
public class IssuedCredentialStore {

    private static final String ACTIVE = "Y";
    private static final int ROWS_PER_STATEMENT = 200;
    private static final int LOOKUPS_PER_STATEMENT = 100;

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

    /** Stores many issued credentials as the active ones in multi-row inserts; the unique constraint rejects a second active one. */
    void insertAll(List<NewCredential> credentials, Instant issuedAt) {
        OffsetDateTime at = OffsetDateTime.ofInstant(issuedAt, ZoneOffset.UTC);
        for (int from = 0; from < credentials.size(); from += ROWS_PER_STATEMENT) {
            List<NewCredential> part = credentials.subList(from, Math.min(credentials.size(), from + ROWS_PER_STATEMENT));
            List<Object> params = new ArrayList<>(part.size() * 8);
            part.forEach(row -> params.addAll(List.of(row.uuid().toString(), row.issuerSlug(), row.achievementKey(),
                    row.recipientKey(), ACTIVE, row.credential().mediaType(), row.credential().serialized(), at)));
            jdbc.sql("INSERT INTO issued_credential (credential_uuid, issuer_slug, achievement_key, recipient_key, active, "
                    + "media_type, serialized, issued_at) VALUES "
                    + String.join(", ", Collections.nCopies(part.size(), "(?, ?, ?, ?, ?, ?, ?, ?)")))
                .params(params).update();
        }
    }

    /**
     * The active credentials of the achievement for any of {@code recipientKeys}, by recipient key: point lookups on
     * the unique (achievement, recipient, active) key joined by {@code UNION ALL}, so each is an index probe whatever
     * the table's statistics (an {@code IN} list lets a planner without them scan all of the achievement's rows).
     */
    public Map<String, IssuedCredential> findActive(String achievementKey, Collection<String> recipientKeys) {
        Map<String, IssuedCredential> found = new HashMap<>();
        List<String> all = new ArrayList<>(recipientKeys);
        String lookup = "SELECT recipient_key, credential_uuid, issuer_slug, media_type, serialized FROM issued_credential "
                + "WHERE achievement_key = ? AND recipient_key = ? AND active = ?";
        for (int from = 0; from < all.size(); from += LOOKUPS_PER_STATEMENT) {
            List<String> part = all.subList(from, Math.min(all.size(), from + LOOKUPS_PER_STATEMENT));
            List<Object> params = new ArrayList<>(part.size() * 3);
            part.forEach(recipient -> params.addAll(List.of(achievementKey, recipient, ACTIVE)));
            jdbc.sql(String.join(" UNION ALL ", Collections.nCopies(part.size(), lookup)))
                .params(params)
                .query(rs -> {
                    found.put(rs.getString(1), toCredential(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                });
        }
        return found;
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

    /**
     * Takes a revoked credential out of force: it stays stored and verifiable (as revoked), and the next issuance for
     * its achievement and recipient signs a new credential instead of finding it. False when it was not in force.
     */
    public boolean retire(UUID uuid) {
        return jdbc.sql("UPDATE issued_credential SET active = NULL WHERE credential_uuid = :uuid AND active = :active")
            .param("uuid", uuid.toString()).param("active", ACTIVE).update() == 1;
    }

    /** How many credentials (active or not) exist for (achievement, recipient). */
    public int count(String achievementKey, String recipientKey) {
        return jdbc.sql("SELECT COUNT(*) FROM issued_credential WHERE achievement_key = :achievement AND recipient_key = :recipient")
            .param("achievement", achievementKey).param("recipient", recipientKey).query(Integer.class).single();
    }

    private IssuedCredential toCredential(String uuid, String slug, String mediaType, String serialized) {
        return new IssuedCredential(documents.credentialId(UUID.fromString(uuid)), directory.idFor(slug), mediaType, serialized);
    }

    /** A signed credential to store. */
    record NewCredential(UUID uuid, String issuerSlug, String achievementKey, String recipientKey, IssuedCredential credential) {
    }
}
