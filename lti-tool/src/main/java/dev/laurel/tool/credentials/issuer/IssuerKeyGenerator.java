package dev.laurel.tool.credentials.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import java.security.SecureRandom;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/** Generates fresh issuer key pairs as JWKs (RSA 2048, EC P-256, OKP Ed25519). */
public final class IssuerKeyGenerator {

    private static final SecureRandom RANDOM = new SecureRandom();

    private IssuerKeyGenerator() {
    }

    public static JWK generate(KeyAlgorithm algorithm, String keyId) {
        try {
            return switch (algorithm) {
                case RS256 -> new RSAKeyGenerator(2048).keyID(keyId).generate();
                case ES256 -> new ECKeyGenerator(Curve.P_256).keyID(keyId).generate();
                case ED25519 -> ed25519(keyId);
            };
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("Key generation failed for " + algorithm, ex);
        }
    }

    private static JWK ed25519(String keyId) {
        Ed25519KeyPairGenerator generator = new Ed25519KeyPairGenerator();
        generator.init(new Ed25519KeyGenerationParameters(RANDOM));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        byte[] x = ((Ed25519PublicKeyParameters) pair.getPublic()).getEncoded();
        byte[] d = ((Ed25519PrivateKeyParameters) pair.getPrivate()).getEncoded();
        return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(x)).d(Base64URL.encode(d)).keyID(keyId).build();
    }
}
