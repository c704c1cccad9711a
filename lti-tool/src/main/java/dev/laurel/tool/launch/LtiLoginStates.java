package dev.laurel.tool.launch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * State and nonce of OIDC login initiations, in the database so any instance can finish a launch another
 * instance started. Single use (consumed once, atomically), valid 10 minutes, stored as SHA-256 hashes.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-request">Security Framework §5.1.1.2</a>
 */
@Component
public class LtiLoginStates {

    /** How long a login may take until its launch arrives ({@code DESIGN.md}). */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final OpaqueValues values = new OpaqueValues();
    private final ExpiryPurge purge = new ExpiryPurge();

    public LtiLoginStates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Starts a login: a fresh state and nonce, bound to the browser's existing binding cookie value when it
     * sent one, else to a new one. One {@code INSERT}; expired logins are purged with it at most once a minute.
     */
    public StartedLogin start(long registrationId, String targetLinkUri, String storageTarget, String browserBinding) {
        String binding = browserBinding == null || browserBinding.length() < 32 ? values.random() : browserBinding;
        StartedLogin login = new StartedLogin(values.random(), values.random(), binding);
        Instant now = clock.instant();
        if (purge.due(now)) {
            purgeExpired();
        }
        jdbc.sql("""
                INSERT INTO lti_login_state (state_hash, nonce_hash, browser_hash, registration_id, target_link_uri,
                    storage_target, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(OpaqueValues.hash(login.state()), OpaqueValues.hash(login.nonce()), OpaqueValues.hash(binding),
                    registrationId, targetLinkUri, storageTarget, at(now), at(now.plus(LIFETIME)))
            .update();
        return login;
    }

    /** The login a state belongs to, consumed or not, expired or not. */
    public Optional<LtiLogin> find(String state) {
        if (state == null || state.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT state_hash, nonce_hash, browser_hash, registration_id, target_link_uri, storage_target,
                    created_at, expires_at, consumed_at
                FROM lti_login_state WHERE state_hash = ?""")
            .param(OpaqueValues.hash(state))
            .query((rs, row) -> new LtiLogin(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                    rs.getString(5), rs.getString(6), instant(rs.getObject(7, OffsetDateTime.class)),
                    instant(rs.getObject(8, OffsetDateTime.class)), instant(rs.getObject(9, OffsetDateTime.class))))
            .optional();
    }

    /** Whether {@code browserBinding} is the one the login was started with. */
    public static boolean boundTo(LtiLogin login, String browserBinding) {
        return browserBinding != null && OpaqueValues.same(login.browserHash(), OpaqueValues.hash(browserBinding));
    }

    /** Whether {@code nonce} is the login's nonce. */
    public static boolean hasNonce(LtiLogin login, String nonce) {
        return nonce != null && OpaqueValues.same(login.nonceHash(), OpaqueValues.hash(nonce));
    }

    /**
     * Uses the login up; {@code false} when another request (on any instance) already did, or it expired. One
     * conditional {@code UPDATE}: the database decides which of two concurrent launches wins.
     */
    public boolean consume(LtiLogin login) {
        Instant now = clock.instant();
        return jdbc.sql("""
                UPDATE lti_login_state SET consumed_at = ?
                WHERE state_hash = ? AND consumed_at IS NULL AND expires_at > ?""")
            .params(at(now), login.stateHash(), at(now))
            .update() == 1;
    }

    /**
     * Deletes logins that expired more than a lifetime ago (replays of them are reported as {@code no_login});
     * run with a new login at most once a minute, so the table stays about as small as the logins of the last
     * 21 minutes.
     */
    public int purgeExpired() {
        return jdbc.sql("DELETE FROM lti_login_state WHERE expires_at < ?")
            .param(at(clock.instant().minus(LIFETIME))).update();
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
