package dev.laurel.tool.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bootstrap admin: one-time setup tokens, stored hashed, issued while no admin exists; redeeming one burns
 * it and every other outstanding token (the conditional update decides, so a token works exactly once).
 */
@Component
public final class AdminSetupTokens {

    private static final int TOKEN_BYTES = 32;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AdminProperties properties;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    AdminSetupTokens(JdbcClient jdbc, Clock clock, AdminProperties properties, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Whether a setup token was ever redeemed, i.e. an admin exists. */
    public boolean adminExists() {
        return jdbc.sql("SELECT COUNT(*) FROM admin_setup_token WHERE used_at IS NOT NULL").query(Integer.class).single() > 0;
    }

    /** A new token when no admin exists (or recovery is configured); empty otherwise. The caller shows it once. */
    public Optional<String> issueIfNeeded() {
        if (adminExists() && !properties.issueSetupToken()) {
            return Optional.empty();
        }
        return Optional.of(issue());
    }

    /** Issues a new token unconditionally; only its hash is stored. */
    public String issue() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO admin_setup_token (token_hash, created_at) VALUES (?, ?)")
                .param(hash(token)).param(utc(clock.instant())).update();
        return token;
    }

    /** Whether the token is outstanding (unused, not expired), without burning it. */
    public boolean isRedeemable(String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        return jdbc.sql("SELECT COUNT(*) FROM admin_setup_token WHERE token_hash = ? AND used_at IS NULL AND created_at > ?")
                .param(hash(token)).param(utc(clock.instant().minus(properties.setupTokenLifetime())))
                .query(Integer.class).single() > 0;
    }

    /** Burns the token and every other outstanding one; true only for the one caller that redeemed it. */
    public boolean redeem(String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        Instant now = clock.instant();
        return Boolean.TRUE.equals(transaction.execute(status -> {
            int burned = jdbc.sql("UPDATE admin_setup_token SET used_at = ? "
                            + "WHERE token_hash = ? AND used_at IS NULL AND created_at > ?")
                    .param(utc(now)).param(hash(token)).param(utc(now.minus(properties.setupTokenLifetime()))).update();
            if (burned != 1) {
                return false;
            }
            jdbc.sql("UPDATE admin_setup_token SET used_at = ? WHERE used_at IS NULL").param(utc(now)).update();
            return true;
        }));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is unavailable", ex);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
