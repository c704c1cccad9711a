package dev.laurel.tool.credentials.issuer;

import com.nimbusds.jose.jwk.JWK;
import java.time.Instant;

/**
 * An issuer key as it is published: current ones sign new credentials, retired ones still verify old ones.
 *
 * @param url the key's URL ({@code kid}, {@code verificationMethod}); it dereferences to the public key
 * @param retiredAt when it stopped signing, or {@code null} while current
 */
public record PublishedKey(String keyId, String url, String controller, KeyAlgorithm algorithm, JWK publicJwk,
        Instant createdAt, Instant retiredAt) {

    public boolean current() {
        return retiredAt == null;
    }

    public VerificationKey verificationKey() {
        return new VerificationKey(url, controller, publicJwk);
    }
}
