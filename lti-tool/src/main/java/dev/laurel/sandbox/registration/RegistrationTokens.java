package dev.laurel.sandbox.registration;

import dev.laurel.sandbox.platform.PlatformSecrets;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use, expiring registration access tokens, stored hashed
 * (<a href="https://www.imsglobal.org/spec/lti-dr/v1p0#initiating-the-registration">Dynamic Registration §3.3</a>).
 */
@Component
public class RegistrationTokens {

    /** How long a registration token lives (Moodle: one hour). */
    static final Duration LIFETIME = Duration.ofHours(1);

    /** Why a registration token was refused; each is the {@code error_description} code. */
    public enum Refusal { registration_token_missing, registration_token_unknown, registration_token_used, registration_token_expired }

    private final JdbcClient jdbc;
    private final PlatformSecrets secrets;
    private final Clock clock;

    RegistrationTokens(JdbcClient jdbc, PlatformSecrets secrets, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Issues a fresh token; only its hash is stored. */
    public String issue() {
        String token = secrets.randomToken();
        jdbc.sql("INSERT INTO registration_token (token_hash, expires_at) VALUES (?, ?)")
                .params(PlatformSecrets.hash(token), clock.millis() + LIFETIME.toMillis()).update();
        return token;
    }

    /** Uses the token up; returns {@code null} when it was valid, else why it is refused. */
    Refusal consume(String token) {
        if (token == null || token.isBlank()) {
            return Refusal.registration_token_missing;
        }
        String hash = PlatformSecrets.hash(token);
        long now = clock.millis();
        int used = jdbc.sql("UPDATE registration_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
                .params(now, hash, now).update();
        if (used == 1) {
            return null;
        }
        return jdbc.sql("SELECT used_at FROM registration_token WHERE token_hash = ?").param(hash)
                .query((rs, row) -> rs.getObject("used_at") != null).optional()
                .map(wasUsed -> wasUsed ? Refusal.registration_token_used : Refusal.registration_token_expired)
                .orElse(Refusal.registration_token_unknown);
    }
}
