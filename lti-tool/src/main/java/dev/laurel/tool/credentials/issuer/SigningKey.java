package dev.laurel.tool.credentials.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.springframework.util.Assert;

/**
 * An issuer's private key, ready to sign: the JWS signer (RS256, ES256) or the Ed25519 private key
 * (BouncyCastle's lightweight API, much faster than the JDK provider) built once.
 */
public final class SigningKey {

    private final String id;
    private final String controller;
    private final KeyAlgorithm algorithm;
    private final JWK privateJwk;
    private final JWSSigner jwsSigner;
    private final Ed25519PrivateKeyParameters ed25519;

    /**
     * @param id the key's URL: the JWT {@code kid} and the Data Integrity {@code verificationMethod}
     * @param controller the issuer profile's {@code id}, which controls the key
     * @param privateJwk the key pair (RSA, EC P-256, or OKP Ed25519)
     */
    public SigningKey(String id, String controller, JWK privateJwk) {
        Assert.hasText(id, "id cannot be empty");
        Assert.hasText(controller, "controller cannot be empty");
        Assert.isTrue(privateJwk != null && privateJwk.isPrivate(), "privateJwk must hold a private key");
        this.id = id;
        this.controller = controller;
        this.privateJwk = privateJwk;
        try {
            if (privateJwk instanceof RSAKey rsa) {
                this.algorithm = KeyAlgorithm.RS256;
                this.jwsSigner = new RSASSASigner(rsa);
                this.ed25519 = null;
            }
            else if (privateJwk instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
                this.algorithm = KeyAlgorithm.ES256;
                this.jwsSigner = new ECDSASigner(ec);
                this.ed25519 = null;
            }
            else if (privateJwk instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
                this.algorithm = KeyAlgorithm.ED25519;
                this.jwsSigner = null;
                this.ed25519 = new Ed25519PrivateKeyParameters(okp.getDecodedD(), 0);
            }
            else {
                throw new IllegalArgumentException("unsupported issuer key type " + privateJwk.getKeyType());
            }
        }
        catch (JOSEException ex) {
            throw new IllegalArgumentException("unusable issuer key", ex);
        }
    }

    public String id() {
        return id;
    }

    public String controller() {
        return controller;
    }

    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    /** The public half, as the verifier sees it. */
    public VerificationKey verificationKey() {
        return new VerificationKey(id, controller, privateJwk.toPublicJWK());
    }

    /** The JWS signer; only for RS256 and ES256 keys. */
    public JWSSigner jwsSigner() {
        Assert.state(jwsSigner != null, "not a JWS key");
        return jwsSigner;
    }

    /** A raw Ed25519 signature of {@code message}; only for Ed25519 keys. */
    public byte[] signEd25519(byte[] message) {
        Assert.state(ed25519 != null, "not an Ed25519 key");
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, ed25519);
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }
}
