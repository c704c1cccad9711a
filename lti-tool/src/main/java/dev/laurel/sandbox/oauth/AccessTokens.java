package dev.laurel.sandbox.oauth;

import dev.laurel.sandbox.platform.PlatformSecrets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Opaque bearer tokens for the LTI services, valid one hour, stored only as their SHA-256 hash. */
@Component
public class AccessTokens {

    static final Duration LIFETIME = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final PlatformSecrets secrets;
    private final Clock clock;

    AccessTokens(JdbcClient jdbc, PlatformSecrets secrets, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    String issue(String clientId, List<String> scopes) {
        String token = secrets.randomToken();
        jdbc.sql("DELETE FROM access_token WHERE expires_at < ?").param(clock.millis()).update();
        jdbc.sql("INSERT INTO access_token (token_hash, client_id, scopes, expires_at) VALUES (?, ?, ?, ?)")
                .params(PlatformSecrets.hash(token), clientId, String.join(" ", scopes), clock.millis() + LIFETIME.toMillis())
                .update();
        return token;
    }

    /** The grant of a token that exists and has not expired. */
    public Optional<AccessGrant> authenticate(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT client_id, scopes FROM access_token WHERE token_hash = ? AND expires_at > ?")
                .params(PlatformSecrets.hash(token), clock.millis())
                .query((rs, row) -> new AccessGrant(rs.getString("client_id"),
                        Arrays.stream(rs.getString("scopes").split(" ")).filter(s -> !s.isBlank()).toList()))
                .optional();
    }
}
