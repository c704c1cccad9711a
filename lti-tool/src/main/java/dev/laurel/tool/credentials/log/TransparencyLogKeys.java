package dev.laurel.tool.credentials.log;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import dev.laurel.tool.keys.KeySealer;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The log's own ES256 (P-256) signing key, separate from every issuer key: created once (the first
 * instance to store it wins), its private part sealed with {@link KeySealer}, its public part published.
 */
@Component
public class TransparencyLogKeys {

    /** The {@link KeySealer} purpose the private key is sealed for. */
    public static final String SEALING_PURPOSE = "transparency-log-key";
    private static final String SLOT = "current";

    private final JdbcClient jdbc;
    private final KeySealer sealer;
    private final Clock clock;

    TransparencyLogKeys(JdbcClient jdbc, KeySealer sealer, Clock clock) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.clock = clock;
    }

    /** The signing key (private). */
    ECKey signingKey() {
        String sealed = jdbc.sql("SELECT sealed_private FROM transparency_log_keys WHERE slot = ?").param(SLOT)
                .query(String.class).optional().orElseGet(this::create);
        try {
            return ECKey.parse(new String(sealer.unseal(SEALING_PURPOSE, sealed), StandardCharsets.UTF_8));
        }
        catch (ParseException ex) {
            throw new IllegalStateException("the stored transparency log key is not a JWK", ex);
        }
    }

    /** The public key, as {@code GET /log/key} publishes it. */
    public ECKey publicKey() {
        return signingKey().toPublicJWK();
    }

    /** The public key as a JWK set. */
    public JWKSet publicKeySet() {
        return new JWKSet(publicKey());
    }

    private String create() {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
            String sealed = sealer.seal(SEALING_PURPOSE, key.toJSONString().getBytes(StandardCharsets.UTF_8));
            jdbc.sql("INSERT INTO transparency_log_keys (slot, key_id, public_jwk, sealed_private, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(SLOT, key.getKeyID(), key.toPublicJWK().toJSONString(), sealed, clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
            return sealed;
        }
        catch (DuplicateKeyException createdElsewhere) {
            return jdbc.sql("SELECT sealed_private FROM transparency_log_keys WHERE slot = ?").param(SLOT).query(String.class).single();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("cannot generate the transparency log key", ex);
        }
    }
}
