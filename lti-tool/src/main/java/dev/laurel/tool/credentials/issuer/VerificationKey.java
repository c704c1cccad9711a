package dev.laurel.tool.credentials.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.springframework.util.Assert;

/**
 * A public key a proof is checked against.
 *
 * @param id the verification method's URL (or {@code kid})
 * @param controller who controls the key (the issuer profile's id for Laurel's keys), or {@code null} when
 *        the key is self-certifying ({@code did:key}, a {@code jwk} header)
 * @param publicJwk the public key (RSA, EC, or OKP Ed25519)
 */
public record VerificationKey(String id, String controller, JWK publicJwk) {

    public VerificationKey {
        Assert.hasText(id, "id cannot be empty");
        Assert.notNull(publicJwk, "publicJwk cannot be null");
        Assert.isTrue(!publicJwk.isPrivate(), "publicJwk must not hold a private key");
    }

    /** An Ed25519 key from its 32 raw bytes. */
    public static VerificationKey ed25519(String id, String controller, byte[] publicKey) {
        return new VerificationKey(id, controller,
                new OctetKeyPair.Builder(Curve.Ed25519, com.nimbusds.jose.util.Base64URL.encode(publicKey)).build());
    }

    public Optional<KeyAlgorithm> algorithm() {
        if (publicJwk instanceof RSAKey) {
            return Optional.of(KeyAlgorithm.RS256);
        }
        if (publicJwk instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
            return Optional.of(KeyAlgorithm.ES256);
        }
        if (publicJwk instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
            return Optional.of(KeyAlgorithm.ED25519);
        }
        return Optional.empty();
    }

    /** A JWS verifier for {@code alg}, if this key can check it. */
    public Optional<JWSVerifier> jwsVerifier(JWSAlgorithm alg) {
        try {
            if (publicJwk instanceof RSAKey rsa && JWSAlgorithm.Family.RSA.contains(alg)) {
                return Optional.of(new RSASSAVerifier(rsa));
            }
            if (publicJwk instanceof ECKey ec && JWSAlgorithm.ES256.equals(alg) && Curve.P_256.equals(ec.getCurve())) {
                return Optional.of(new ECDSAVerifier(ec));
            }
            return Optional.empty();
        }
        catch (JOSEException ex) {
            return Optional.empty();
        }
    }

    /** Checks a raw Ed25519 signature; false for any other key type. */
    public boolean verifyEd25519(byte[] message, byte[] signature) {
        if (!(publicJwk instanceof OctetKeyPair okp) || !Curve.Ed25519.equals(okp.getCurve()) || signature.length != 64) {
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(okp.getDecodedX(), 0));
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }
}
