package dev.laurel.sandbox.platform;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform's RS256 signing key: generated once, kept in the sandbox database, published at {@code /jwks}
 * (<a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-set-url">Security Framework §6.3</a>).
 * This is a demo LMS's key in its own demo database; the tool's keys are sealed by the tool. {@link #rotate()}
 * replaces the signing key and keeps the previous one published, as a platform rotating its key does.
 */
@Component
public final class PlatformKeys {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicReference<Keys> keys;

    PlatformKeys(JdbcClient jdbc, Clock clock, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keys = new AtomicReference<>(new Keys(transactions.execute(status -> loadOrCreate(jdbc, clock)), null));
    }

    /** The signing key and the one it replaced (still published so that tokens it signed verify). */
    private record Keys(RSAKey signing, RSAKey previous) {
    }

    /**
     * Generates and stores a new signing key; the previous one stays in the published key set until the next
     * rotation (<a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-management">Security Framework §6.1</a>).
     *
     * @return the new key's {@code kid}
     */
    public synchronized String rotate() {
        RSAKey created = generate();
        jdbc.sql("INSERT INTO platform_key (kid, jwk_json, created_at) VALUES (?, ?, ?)")
                .params(created.getKeyID(), created.toJSONString(), clock.millis()).update();
        keys.set(new Keys(created, keys.get().signing()));
        return created.getKeyID();
    }

    private static RSAKey loadOrCreate(JdbcClient jdbc, Clock clock) {
        return jdbc.sql("SELECT jwk_json FROM platform_key ORDER BY created_at DESC").query(String.class)
                .optional().map(PlatformKeys::parse).orElseGet(() -> {
                    RSAKey created = generate();
                    jdbc.sql("INSERT INTO platform_key (kid, jwk_json, created_at) VALUES (?, ?, ?)")
                            .params(created.getKeyID(), created.toJSONString(), clock.millis()).update();
                    return created;
                });
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate the platform key", e);
        }
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("the stored platform key is not a JWK", e);
        }
    }

    /** The public JWKS, as served at {@code /jwks}. */
    public Map<String, Object> publicJwks() {
        Keys current = keys.get();
        List<JWK> published = new ArrayList<>(List.of(current.signing().toPublicJWK()));
        if (current.previous() != null) {
            published.add(current.previous().toPublicJWK());
        }
        return new JWKSet(published).toJSONObject(true);
    }

    public String keyId() {
        return keys.get().signing().getKeyID();
    }

    /** Signs claims as an RS256 JWT with this key's {@code kid} and {@code typ=JWT}. */
    public String sign(JWTClaimsSet claims) {
        RSAKey key = keys.get().signing();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with the platform key", e);
        }
        return jwt.serialize();
    }
}
