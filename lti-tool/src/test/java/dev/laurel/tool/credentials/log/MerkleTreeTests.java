package dev.laurel.tool.credentials.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTests {

    private static final int MAX_SIZE = 70;
    private static final int MAX_PROOF_SIZE = 40;

    @Test
    void rootHashesMatchTheRfcDefinitionComputedIndependentlyForSizesOneToSeventy() throws Exception {
        List<byte[]> entries = entries(MAX_SIZE);
        InMemoryMerkleNodes nodes = new InMemoryMerkleNodes();
        for (int n = 1; n <= MAX_SIZE; n++) {
            nodes.append(MerkleHashes.leafHash(entries.get(n - 1)));
            assertThat(new MerkleTree(nodes).rootHash(n)).as("size %d", n).isEqualTo(referenceMth(entries.subList(0, n)));
        }
    }

    @Test
    void emptyTreeHashIsTheHashOfNothing() {
        assertThat(HexFormat.of().formatHex(new MerkleTree(new InMemoryMerkleNodes()).rootHash(0)))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void everyInclusionProofVerifiesAndFailsOnceTampered() {
        InMemoryMerkleNodes nodes = log(MAX_PROOF_SIZE);
        List<byte[]> entries = entries(MAX_PROOF_SIZE);
        for (int n = 1; n <= MAX_PROOF_SIZE; n++) {
            MerkleTree tree = new MerkleTree(nodes);
            byte[] root = tree.rootHash(n);
            for (int m = 0; m < n; m++) {
                byte[] leaf = MerkleHashes.leafHash(entries.get(m));
                List<byte[]> proof = tree.inclusionProof(m, n);
                assertThat(MerkleProofVerifier.verifyInclusion(m, n, leaf, proof, root)).as("leaf %d of %d", m, n).isTrue();
                assertThat(MerkleProofVerifier.verifyInclusion(m, n, flip(leaf), proof, root)).isFalse();
                assertThat(MerkleProofVerifier.verifyInclusion(m, n, leaf, proof, flip(root))).isFalse();
                if (!proof.isEmpty()) {
                    assertThat(MerkleProofVerifier.verifyInclusion(m, n, leaf, tamper(proof, proof.size() - 1), root)).isFalse();
                    assertThat(MerkleProofVerifier.verifyInclusion(m, n, leaf, proof.subList(0, proof.size() - 1), root)).isFalse();
                }
                if (n > 1) {
                    assertThat(MerkleProofVerifier.verifyInclusion((m + 1) % n, n, leaf, proof, root)).isFalse();
                }
            }
        }
    }

    @Test
    void everyConsistencyProofVerifiesAndFailsOnceTampered() {
        InMemoryMerkleNodes nodes = log(MAX_PROOF_SIZE);
        MerkleTree tree = new MerkleTree(nodes);
        for (int n = 1; n <= MAX_PROOF_SIZE; n++) {
            for (int m = 1; m <= n; m++) {
                byte[] firstRoot = tree.rootHash(m);
                byte[] secondRoot = tree.rootHash(n);
                List<byte[]> proof = tree.consistencyProof(m, n);
                assertThat(MerkleProofVerifier.verifyConsistency(m, n, firstRoot, secondRoot, proof)).as("%d to %d", m, n).isTrue();
                assertThat(MerkleProofVerifier.verifyConsistency(m, n, flip(firstRoot), secondRoot, proof)).isFalse();
                assertThat(MerkleProofVerifier.verifyConsistency(m, n, firstRoot, flip(secondRoot), proof)).isFalse();
                for (int i = 0; i < proof.size(); i++) {
                    assertThat(MerkleProofVerifier.verifyConsistency(m, n, firstRoot, secondRoot, tamper(proof, i)))
                            .as("%d to %d, element %d tampered", m, n, i).isFalse();
                }
                if (m < n) {
                    assertThat(MerkleProofVerifier.verifyConsistency(m, n, firstRoot, secondRoot, List.of())).isFalse();
                }
            }
        }
    }

    @Test
    void proofsOverAHundredThousandLeavesVerifyAndReadLogarithmicallyManyNodes() {
        int size = 100_003;
        InMemoryMerkleNodes nodes = log(size);
        int[] reads = {0};
        MerkleNodeSource counting = (level, index) -> {
            reads[0]++;
            return nodes.node(level, index);
        };
        byte[] root = new MerkleTree(counting).rootHash(size);
        assertThat(reads[0]).isLessThanOrEqualTo(17);
        for (long m : new long[] {0, 1, 65_535, 65_536, 99_999, size - 1}) {
            reads[0] = 0;
            List<byte[]> proof = new MerkleTree(counting).inclusionProof(m, size);
            assertThat(reads[0]).isLessThanOrEqualTo(2 * 17);
            assertThat(MerkleProofVerifier.verifyInclusion(m, size, nodes.node(0, m), proof, root)).isTrue();
        }
        for (long m : new long[] {1, 7, 65_536, 70_001, size - 1}) {
            List<byte[]> proof = new MerkleTree(counting).consistencyProof(m, size);
            assertThat(MerkleProofVerifier.verifyConsistency(m, size, new MerkleTree(nodes).rootHash(m), root, proof)).isTrue();
        }
    }

    @Test
    void rejectsMalformedProofInput() {
        byte[] hash = new byte[32];
        assertThat(MerkleProofVerifier.verifyInclusion(0, 1, hash, List.of(new byte[31]), hash)).isFalse();
        assertThat(MerkleProofVerifier.verifyInclusion(1, 1, hash, List.of(), hash)).isFalse();
        assertThat(MerkleProofVerifier.verifyConsistency(0, 1, hash, hash, List.of())).isFalse();
        assertThat(MerkleProofVerifier.verifyConsistency(2, 1, hash, hash, List.of())).isFalse();
    }

    static List<byte[]> entries(int count) {
        List<byte[]> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(sha256(("credential " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return entries;
    }

    static InMemoryMerkleNodes log(int size) {
        InMemoryMerkleNodes nodes = new InMemoryMerkleNodes();
        entries(size).forEach(entry -> nodes.append(MerkleHashes.leafHash(entry)));
        return nodes;
    }

    /** RFC 9162 §2.1.1 written out directly, sharing no code with the tree under test. */
    static byte[] referenceMth(List<byte[]> entries) throws Exception {
        int n = entries.size();
        if (n == 1) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(new byte[] {0});
            return digest.digest(entries.get(0));
        }
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(new byte[] {1});
        digest.update(referenceMth(entries.subList(0, k)));
        digest.update(referenceMth(entries.subList(k, n)));
        return digest.digest();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static byte[] flip(byte[] hash) {
        byte[] copy = Arrays.copyOf(hash, hash.length);
        copy[0] ^= 1;
        return copy;
    }

    private static List<byte[]> tamper(List<byte[]> proof, int index) {
        List<byte[]> copy = new ArrayList<>(proof);
        copy.set(index, flip(proof.get(index)));
        return copy;
    }
}
