package dev.laurel.tool.credentials;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.util.Assert;

/**
 * A credential as Laurel issued it.
 *
 * @param credentialId the credential's {@code id} URL
 * @param issuerId the issuer profile's {@code id}
 * @param mediaType {@code application/vc+jwt} for VC-JWT (serialized is the compact JWS) or
 *        {@code application/vc+ld+json} for an embedded Data Integrity proof (serialized is the JSON)
 * @param serialized exactly the bytes handed to the learner, as UTF-8 text
 */
public record IssuedCredential(String credentialId, String issuerId, String mediaType, String serialized) {

    public static final String VC_JWT = "application/vc+jwt";
    public static final String VC_LD_JSON = "application/vc+ld+json";

    public IssuedCredential {
        Assert.hasText(credentialId, "credentialId cannot be empty");
        Assert.hasText(issuerId, "issuerId cannot be empty");
        Assert.isTrue(VC_JWT.equals(mediaType) || VC_LD_JSON.equals(mediaType), "mediaType must be " + VC_JWT + " or " + VC_LD_JSON);
        Assert.hasText(serialized, "serialized cannot be empty");
    }

    /** SHA-256 of {@link #serialized()} in UTF-8: the leaf the transparency log records. */
    public byte[] sha256() {
        return sha256(serialized);
    }

    /** SHA-256 of a serialized credential in UTF-8, as {@link #sha256()} computes it. */
    public static byte[] sha256(String serialized) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(serialized.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
