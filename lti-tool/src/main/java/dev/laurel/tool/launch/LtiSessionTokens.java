package dev.laurel.tool.launch;

import dev.laurel.tool.keys.KeySealer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Short-lived signed tokens that carry a session when the browser keeps no cookie (launch through platform
 * storage): {@code sessionId.expiry.HMAC-SHA256}, under a key shared by every instance (sealed in the database).
 * Carried in Laurel's own links and forms only, never logged.
 */
@Component
public class LtiSessionTokens {

    /** How long one token is accepted; every Laurel page hands out a fresh one. */
    public static final Duration LIFETIME = Duration.ofHours(1);

    private static final String KEY_ID = "session-token-hmac";
    private static final String SEAL_PURPOSE = "lti-session-token";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private final KeySealer sealer;
    private final Clock clock;
    private volatile byte[] key;

    public LtiSessionTokens(JdbcClient jdbc, KeySealer sealer, Clock clock) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.clock = clock;
    }

    /** A token for this session, valid {@link #LIFETIME}. */
    public String issue(String sessionId) {
        String payload = sessionId + "." + clock.instant().plus(LIFETIME).getEpochSecond();
        return payload + "." + mac(payload);
    }

    /** The session id of a valid, unexpired token, else empty. */
    public Optional<String> sessionId(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first <= 0 || last <= first) {
            return Optional.empty();
        }
        String payload = token.substring(0, last);
        if (!MessageDigest.isEqual(mac(payload).getBytes(StandardCharsets.US_ASCII),
                token.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            long expiry = Long.parseLong(token.substring(first + 1, last));
            return clock.instant().isBefore(Instant.ofEpochSecond(expiry))
                    ? Optional.of(token.substring(0, first)) : Optional.empty();
        }
        catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private String mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return ENCODER.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 is unavailable", ex);
        }
    }

    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            current = loadOrCreateKey();
            key = current;
        }
        return current;
    }

    private byte[] loadOrCreateKey() {
        Optional<String> sealed = jdbc.sql("SELECT sealed_key FROM lti_session_token_key WHERE id = ?")
                .param(KEY_ID).query(String.class).optional();
        if (sealed.isPresent()) {
            return sealer.unseal(SEAL_PURPOSE, sealed.get());
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
            jdbc.sql("INSERT INTO lti_session_token_key (id, sealed_key, created_at) VALUES (?, ?, ?)")
                .params(KEY_ID, sealer.seal(SEAL_PURPOSE, fresh), LtiLoginStates.at(clock.instant())).update();
            return fresh;
        }
        catch (DuplicateKeyException ex) {
            // another instance created it first: use theirs
            return sealer.unseal(SEAL_PURPOSE, jdbc.sql("SELECT sealed_key FROM lti_session_token_key WHERE id = ?")
                    .param(KEY_ID).query(String.class).single());
        }
    }
}
