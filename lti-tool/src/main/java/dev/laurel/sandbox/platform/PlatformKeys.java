package dev.laurel.sandbox.platform;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform's RS256 signing key: generated once, kept in the sandbox database, published at {@code /jwks}
 * (<a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-set-url">Security Framework §6.3</a>).
 * This is a demo LMS's key in its own demo database; the tool's keys are sealed by the tool.
 */
@Component
public final class PlatformKeys {

    private final RSAKey key;

    PlatformKeys(JdbcClient jdbc, Clock clock, TransactionTemplate transactions) {
        this.key = transactions.execute(status -> loadOrCreate(jdbc, clock));
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
        return new JWKSet(key.toPublicJWK()).toJSONObject(true);
    }

    public String keyId() {
        return key.getKeyID();
    }

    /** Signs claims as an RS256 JWT with this key's {@code kid} and {@code typ=JWT}. */
    public String sign(JWTClaimsSet claims) {
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
