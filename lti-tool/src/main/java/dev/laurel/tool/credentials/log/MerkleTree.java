package dev.laurel.tool.credentials.log;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.Assert;

/**
 * Tree hashes and proofs over a log, as RFC 9162 defines them, reading only complete aligned subtrees from
 * a {@link MerkleNodeSource}: a root or a proof costs O(log n) node reads, whatever the log's size. Not
 * thread-safe (it memoizes within one computation); make one per request.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9162#section-2.1">RFC 9162 §2.1</a>
 */
public final class MerkleTree {

    private final MerkleNodeSource nodes;
    private final Map<Long, Map<Long, byte[]>> memo = new HashMap<>();

    public MerkleTree(MerkleNodeSource nodes) {
        Assert.notNull(nodes, "nodes cannot be null");
        this.nodes = nodes;
    }

    /** MTH(D[0:n]), §2.1.1. */
    public byte[] rootHash(long treeSize) {
        Assert.isTrue(treeSize >= 0, "treeSize must not be negative");
        return treeSize == 0 ? MerkleHashes.emptyTreeHash() : subtreeHash(0, treeSize);
    }

    /** PATH(m, D[0:n]), §2.1.3.1: the inclusion proof of leaf {@code leafIndex} in the tree of {@code treeSize}. */
    public List<byte[]> inclusionProof(long leafIndex, long treeSize) {
        Assert.isTrue(leafIndex >= 0 && leafIndex < treeSize, "leafIndex must be inside the tree");
        List<byte[]> proof = new ArrayList<>();
        path(leafIndex, 0, treeSize, proof);
        return proof;
    }

    /** PROOF(m, D[0:n]), §2.1.4.1: the consistency proof between the trees of {@code first} and {@code second} leaves. */
    public List<byte[]> consistencyProof(long first, long second) {
        Assert.isTrue(first > 0 && first <= second, "need 0 < first <= second");
        List<byte[]> proof = new ArrayList<>();
        if (first < second) {
            subproof(first, 0, second, true, proof);
        }
        return proof;
    }

    private void path(long m, long start, long end, List<byte[]> proof) {
        long n = end - start;
        if (n == 1) {
            return;
        }
        long k = MerkleHashes.largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, start, start + k, proof);
            proof.add(subtreeHash(start + k, end));
        }
        else {
            path(m - k, start + k, end, proof);
            proof.add(subtreeHash(start, start + k));
        }
    }

    private void subproof(long m, long start, long end, boolean wholeOldTree, List<byte[]> proof) {
        long n = end - start;
        if (m == n) {
            if (!wholeOldTree) {
                proof.add(subtreeHash(start, end));
            }
            return;
        }
        long k = MerkleHashes.largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, start, start + k, wholeOldTree, proof);
            proof.add(subtreeHash(start + k, end));
        }
        else {
            subproof(m - k, start + k, end, false, proof);
            proof.add(subtreeHash(start, start + k));
        }
    }

    /** MTH(D[start:end]); every left split of such a range is a complete aligned subtree. */
    private byte[] subtreeHash(long start, long end) {
        long n = end - start;
        if (Long.bitCount(n) == 1 && start % n == 0) {
            int level = Long.numberOfTrailingZeros(n);
            return nodes.node(level, start >>> level);
        }
        byte[] known = memo.computeIfAbsent(start, key -> new HashMap<>()).get(end);
        if (known != null) {
            return known;
        }
        long k = MerkleHashes.largestPowerOfTwoBelow(n);
        byte[] hash = MerkleHashes.nodeHash(subtreeHash(start, start + k), subtreeHash(start + k, end));
        memo.get(start).put(end, hash);
        return hash;
    }
}
