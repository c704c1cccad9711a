package dev.laurel.tool.launch;

import dev.laurel.tool.keys.KeySealer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The HMAC-SHA256 keys of the launch side (session tokens, login states), shared by every instance: each is
 * created once, kept sealed with the master key in {@code lti_session_token_key}, and read once per instance.
 */
@Component
public class LaunchMacKeys {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private final KeySealer sealer;
    private final Clock clock;
    /** One initialized {@link Mac} per key, never used itself: each MAC is computed by a clone of it. */
    private final Map<String, Mac> prototypes = new ConcurrentHashMap<>();

    public LaunchMacKeys(JdbcClient jdbc, KeySealer sealer, Clock clock) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.clock = clock;
    }

    /** The HMAC-SHA256 of {@code payload} under the key {@code keyId} (sealed for {@code purpose}), base64url. */
    String mac(String keyId, String purpose, String payload) {
        Mac mac;
        try {
            mac = (Mac) prototypes.computeIfAbsent(keyId, id -> newMac(loadOrCreate(id, purpose))).clone();
        }
        catch (CloneNotSupportedException ex) {
            throw new IllegalStateException("HmacSHA256 cannot be cloned", ex);
        }
        return ENCODER.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }

    private static Mac newMac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 is unavailable", ex);
        }
    }

    /** Whether {@code mac} is the MAC of {@code payload}, compared in constant time. */
    boolean verify(String keyId, String purpose, String payload, String mac) {
        return MessageDigest.isEqual(mac(keyId, purpose, payload).getBytes(StandardCharsets.US_ASCII),
                mac.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] loadOrCreate(String keyId, String purpose) {
        Optional<String> sealed = jdbc.sql("SELECT sealed_key FROM lti_session_token_key WHERE id = ?")
                .param(keyId).query(String.class).optional();
        if (sealed.isPresent()) {
            return sealer.unseal(purpose, sealed.get());
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
            jdbc.sql("INSERT INTO lti_session_token_key (id, sealed_key, created_at) VALUES (?, ?, ?)")
                .params(keyId, sealer.seal(purpose, fresh), LtiLoginStates.at(clock.instant())).update();
            return fresh;
        }
        catch (DuplicateKeyException ex) {
            // another instance created it first: use theirs
            return sealer.unseal(purpose, jdbc.sql("SELECT sealed_key FROM lti_session_token_key WHERE id = ?")
                    .param(keyId).query(String.class).single());
        }
    }
}
