package dev.laurel.sandbox.platform;

import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One-time use of JWT ids and nonces per issuer, kept until they expire; the primary key decides. */
@Component
public class UsedJwtIds {

    private final JdbcClient jdbc;
    private final Clock clock;

    UsedJwtIds(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the id as used; {@code false} when it had been used before. */
    public boolean firstUse(String issuer, String jti, long expiresAtMillis) {
        jdbc.sql("DELETE FROM used_jwt_id WHERE expires_at < ?").param(clock.millis() - 600_000).update();
        try {
            jdbc.sql("INSERT INTO used_jwt_id (issuer, jti, expires_at) VALUES (?, ?, ?)")
                    .params(issuer, jti, expiresAtMillis).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
