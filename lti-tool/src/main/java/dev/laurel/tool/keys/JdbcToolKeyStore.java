package dev.laurel.tool.keys;

import com.nimbusds.jose.jwk.RSAKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code lti_tool_key} table; state changes are conditional updates so that concurrent instances agree. */
@Component
class JdbcToolKeyStore {

    private static final String COLUMNS = "kid, state, public_jwk, sealed_private_key, created_at, activates_at, retired_at";

    private final JdbcClient jdbc;

    JdbcToolKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stored key: published ones are exactly these (retired keys are deleted once unpublished). */
    List<StoredToolKey> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lti_tool_key ORDER BY activates_at, kid")
                .query(JdbcToolKeyStore::key).list();
    }

    /** Inserts a key in the given state; fails with {@code DuplicateKeyException} if that slot is taken. */
    void insert(StoredToolKey key) {
        jdbc.sql("INSERT INTO lti_tool_key (kid, state, current_slot, next_slot, public_jwk, sealed_private_key, "
                        + "created_at, activates_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .param(key.kid()).param(key.state().name())
                .param(key.state() == ToolKeyState.CURRENT ? 1 : null)
                .param(key.state() == ToolKeyState.NEXT ? 1 : null)
                .param(key.publicJwk().toJSONString()).param(key.sealedPrivateJwk())
                .param(utc(key.createdAt())).param(utc(key.activatesAt()))
                .update();
    }

    /** Retires the current key if it is still {@code kid}; false when another instance already did. */
    boolean retire(String kid, Instant at) {
        return jdbc.sql("UPDATE lti_tool_key SET state = 'RETIRED', current_slot = NULL, retired_at = ? "
                        + "WHERE kid = ? AND state = 'CURRENT'")
                .param(utc(at)).param(kid).update() == 1;
    }

    /** Makes the next key current; the one-current constraint fails if another key is still current. */
    boolean promote(String kid) {
        return jdbc.sql("UPDATE lti_tool_key SET state = 'CURRENT', next_slot = NULL, current_slot = 1 "
                        + "WHERE kid = ? AND state = 'NEXT'")
                .param(kid).update() == 1;
    }

    /** Deletes retired keys (public and sealed private parts) retired at or before {@code cutoff}. */
    int deleteRetiredBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM lti_tool_key WHERE state = 'RETIRED' AND retired_at <= ?")
                .param(utc(cutoff)).update();
    }

    private static StoredToolKey key(ResultSet rs, int row) throws SQLException {
        try {
            return new StoredToolKey(rs.getString("kid"), ToolKeyState.valueOf(rs.getString("state")),
                    RSAKey.parse(rs.getString("public_jwk")), rs.getString("sealed_private_key"),
                    instant(rs, "created_at"), instant(rs, "activates_at"), instant(rs, "retired_at"));
        }
        catch (ParseException ex) {
            throw new IllegalStateException("Stored tool key " + rs.getString("kid") + " has an unreadable public JWK", ex);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
