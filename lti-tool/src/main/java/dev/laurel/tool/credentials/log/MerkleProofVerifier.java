package dev.laurel.tool.credentials.log;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks inclusion and consistency proofs exactly as RFC 9162 specifies, with nothing but the hashes: a
 * verifier needs no access to the log. Pure functions; any malformed input answers {@code false}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9162#section-2.1.3.2">RFC 9162 §2.1.3.2</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9162#section-2.1.4.2">RFC 9162 §2.1.4.2</a>
 */
public final class MerkleProofVerifier {

    private MerkleProofVerifier() {
    }

    /** Whether {@code leafHash} is the leaf at {@code leafIndex} of the tree of {@code treeSize} with {@code rootHash}. */
    public static boolean verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] rootHash) {
        if (leafIndex < 0 || leafIndex >= treeSize || !wellFormed(leafHash) || !wellFormed(rootHash) || !wellFormed(proof)) {
            return false;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHashes.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            }
            else {
                r = MerkleHashes.nodeHash(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, rootHash);
    }

    /** Whether the tree of {@code second} leaves with {@code secondHash} extends the tree of {@code first} leaves with {@code firstHash}. */
    public static boolean verifyConsistency(long first, long second, byte[] firstHash, byte[] secondHash, List<byte[]> proof) {
        if (first <= 0 || first > second || !wellFormed(firstHash) || !wellFormed(secondHash) || !wellFormed(proof)) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && MessageDigest.isEqual(firstHash, secondHash);
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstHash);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHashes.nodeHash(c, fr);
                sr = MerkleHashes.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            }
            else {
                sr = MerkleHashes.nodeHash(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstHash) && MessageDigest.isEqual(sr, secondHash);
    }

    private static boolean wellFormed(byte[] hash) {
        return hash != null && hash.length == MerkleHashes.HASH_LENGTH;
    }

    private static boolean wellFormed(List<byte[]> proof) {
        return proof != null && proof.size() <= 64 && proof.stream().allMatch(MerkleProofVerifier::wellFormed);
    }
}
