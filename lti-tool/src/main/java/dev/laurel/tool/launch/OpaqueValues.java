package dev.laurel.tool.launch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Random single-use values (state, nonce, session ids) and the SHA-256 hashes stored in their place. */
final class OpaqueValues {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    /** Never used itself: each hash is computed by a clone of it (no provider lookup per hash). */
    private static final MessageDigest SHA_256 = sha256();

    private final SecureRandom random = new SecureRandom();

    /** 256 random bits, base64url. */
    String random() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    /** The SHA-256 of {@code value}, base64url (43 characters). */
    static String hash(String value) {
        try {
            MessageDigest sha256 = (MessageDigest) SHA_256.clone();
            return ENCODER.encodeToString(sha256.digest(value.getBytes(StandardCharsets.UTF_8)));
        }
        catch (CloneNotSupportedException ex) {
            throw new IllegalStateException("SHA-256 cannot be cloned", ex);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
        }
    }

    /** Constant-time comparison of two strings. */
    static boolean same(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
