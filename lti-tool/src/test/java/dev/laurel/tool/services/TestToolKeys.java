package dev.laurel.tool.services;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.laurel.tool.keys.ToolKeys;

/** A fixed RS256 tool key for tests (the real key store is built elsewhere). */
public final class TestToolKeys implements ToolKeys {

    public static final String KID = "laurel-test-2026";

    private static final RSAKey KEY = generate();

    @Override
    public RSAKey currentSigningKey() {
        return KEY;
    }

    @Override
    public JWKSet publicJwkSet() {
        return new JWKSet(KEY.toPublicJWK());
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(KID).algorithm(JWSAlgorithm.RS256).generate();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
