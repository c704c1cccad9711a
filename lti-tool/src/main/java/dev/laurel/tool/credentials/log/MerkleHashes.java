package dev.laurel.tool.credentials.log;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The Merkle Tree Hash primitives of RFC 9162: leaves hashed with a {@code 0x00} prefix, interior nodes
 * with {@code 0x01}, so a leaf can never be passed off as a node (second-preimage resistance).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9162#section-2.1.1">RFC 9162 §2.1.1</a>
 */
public final class MerkleHashes {

    public static final int HASH_LENGTH = 32;

    private MerkleHashes() {
    }

    /** {@code SHA-256(0x00 || entry)}. */
    public static byte[] leafHash(byte[] entry) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x00);
        return digest.digest(entry);
    }

    /** {@code SHA-256(0x01 || left || right)}. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x01);
        digest.update(left);
        return digest.digest(right);
    }

    /** The hash of the empty tree: {@code SHA-256()} of nothing. */
    public static byte[] emptyTreeHash() {
        return sha256().digest();
    }

    /** The largest power of two strictly smaller than {@code n} ({@code n > 1}). */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
