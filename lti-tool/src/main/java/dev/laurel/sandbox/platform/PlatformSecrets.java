package dev.laurel.sandbox.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** HMAC-SHA256 signing of the platform's opaque values (message hints, deep-linking data), and token hashing. */
@Component
public final class PlatformSecrets {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private final byte[] secret;
    private final SecureRandom random = new SecureRandom();

    PlatformSecrets(JdbcClient jdbc, TransactionTemplate transactions) {
        String stored = transactions.execute(status -> jdbc
                .sql("SELECT secret FROM platform_secret WHERE name = 'hmac'").query(String.class).optional()
                .orElseGet(() -> {
                    byte[] bytes = new byte[32];
                    random.nextBytes(bytes);
                    String encoded = Base64.getEncoder().encodeToString(bytes);
                    jdbc.sql("INSERT INTO platform_secret (name, secret) VALUES ('hmac', ?)").param(encoded).update();
                    return encoded;
                }));
        this.secret = Base64.getDecoder().decode(stored);
    }

    /** {@code payload.signature}, both base64url: an opaque value only this platform can have made. */
    public String seal(String payload) {
        String body = BASE64URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return body + "." + mac(body);
    }

    /** The payload of a sealed value, or {@code null} when it was not made by this platform. */
    public String unseal(String sealed) {
        if (sealed == null) {
            return null;
        }
        int dot = sealed.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        String body = sealed.substring(0, dot);
        byte[] expected = mac(body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = sealed.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(body), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A fresh random opaque token (256 bits, base64url). */
    public String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }

    /** SHA-256 of a bearer token, base64url: tokens are stored only as this. */
    public static String hash(String token) {
        try {
            return BASE64URL.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return BASE64URL.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
