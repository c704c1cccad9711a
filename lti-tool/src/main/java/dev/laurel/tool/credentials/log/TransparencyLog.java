package dev.laurel.tool.credentials.log;

import dev.laurel.tool.credentials.CredentialIssuedEvent;
import dev.laurel.tool.credentials.CredentialsIssuedEvent;
import dev.laurel.tool.credentials.IssuedCredential;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only log of issued credentials: each credential's SHA-256 is appended in the issuing
 * transaction (the head row lock keeps indexes dense across instances; the unique entry hash makes a
 * repeated append a no-op), and the complete subtree nodes it closes are stored, so roots and proofs read
 * O(log n) nodes.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9162#section-2.1">RFC 9162 §2.1</a>
 */
@Service
public class TransparencyLog {

    /** The most leaves one {@link #leaves} call returns. */
    public static final int MAX_LEAVES_PER_REQUEST = 1000;

    private final TransparencyLogStore store;
    private final Clock clock;

    TransparencyLog(TransparencyLogStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Appends the issued credential in the transaction that issues it. */
    @EventListener
    @Transactional
    public void onCredentialIssued(CredentialIssuedEvent event) {
        append(event.credential());
    }

    /** Appends {@code credential}'s hash, or answers its existing leaf index if it is already logged. */
    @Transactional
    public long append(IssuedCredential credential) {
        byte[] entryHash = credential.sha256();
        long size = store.lockHead();
        Optional<Long> existing = store.findLeafIndex(entryHash);
        if (existing.isPresent()) {
            return existing.get();
        }
        store.insertLeaf(size, entryHash, credential.credentialId(), credential.issuerId(), clock.instant());
        byte[] hash = MerkleHashes.leafHash(entryHash);
        store.putNode(0, size, hash);
        long index = size;
        int level = 0;
        while ((index & 1) == 1) {
            hash = MerkleHashes.nodeHash(store.node(level, index - 1), hash);
            level++;
            index >>>= 1;
            store.putNode(level, index, hash);
        }
        store.setTreeSize(size + 1);
        return size;
    }

    /** Appends a batch of issued credentials in the transaction that issues them. */
    @EventListener
    @Transactional
    public void onCredentialsIssued(CredentialsIssuedEvent event) {
        appendAll(event.credentials());
    }

    /**
     * Appends the hashes of {@code credentials} that are not logged yet, in order, under one lock of the head:
     * the leaves and the subtree nodes they complete are written in a few multi-row statements, reading only the
     * stored nodes on the old tree's right edge that the new leaves combine with.
     */
    @Transactional
    public void appendAll(List<IssuedCredential> credentials) {
        if (credentials.isEmpty()) {
            return;
        }
        long size = store.lockHead();
        Map<String, IssuedCredential> byHash = new LinkedHashMap<>();
        credentials.forEach(credential -> byHash.putIfAbsent(TransparencyLogStore.encode(credential.sha256()), credential));
        byHash.keySet().removeAll(store.loggedAmong(new ArrayList<>(byHash.keySet())));
        if (byHash.isEmpty()) {
            return;
        }
        List<TransparencyLogStore.NewLeaf> leaves = new ArrayList<>(byHash.size());
        Map<MerkleNodeKey, byte[]> nodes = new LinkedHashMap<>();
        Map<MerkleNodeKey, byte[]> edge = new HashMap<>();
        for (Map.Entry<String, IssuedCredential> leaf : byHash.entrySet()) {
            leaves.add(new TransparencyLogStore.NewLeaf(size, leaf.getKey(), leaf.getValue().credentialId(), leaf.getValue().issuerId()));
            byte[] hash = MerkleHashes.leafHash(TransparencyLogStore.decode(leaf.getKey()));
            nodes.put(new MerkleNodeKey(0, size), hash);
            long index = size;
            int level = 0;
            while ((index & 1) == 1) {
                MerkleNodeKey left = new MerkleNodeKey(level, index - 1);
                byte[] leftHash = nodes.containsKey(left) ? nodes.get(left)
                        : edge.computeIfAbsent(left, key -> store.node(key.level(), key.index()));
                hash = MerkleHashes.nodeHash(leftHash, hash);
                level++;
                index >>>= 1;
                nodes.put(new MerkleNodeKey(level, index), hash);
            }
            size++;
        }
        store.insertLeaves(leaves, clock.instant());
        store.putNodes(nodes);
        store.setTreeSize(size);
    }

    @Transactional(readOnly = true)
    public long treeSize() {
        return store.treeSize();
    }

    /** The leaf index of a credential hash, if logged. */
    @Transactional(readOnly = true)
    public Optional<Long> leafIndex(byte[] entryHash) {
        return store.findLeafIndex(entryHash);
    }

    /** MTH of the first {@code treeSize} leaves ({@code treeSize} at most the current size). */
    @Transactional(readOnly = true)
    public byte[] rootHash(long treeSize) {
        requireWithinLog(treeSize);
        return withNodes(tree -> tree.rootHash(treeSize));
    }

    @Transactional(readOnly = true)
    public List<byte[]> inclusionProof(long leafIndex, long treeSize) {
        requireWithinLog(treeSize);
        return withNodes(tree -> tree.inclusionProof(leafIndex, treeSize));
    }

    @Transactional(readOnly = true)
    public List<byte[]> consistencyProof(long first, long second) {
        requireWithinLog(second);
        return withNodes(tree -> tree.consistencyProof(first, second));
    }

    /** Leaves {@code [start, end)}, at most {@link #MAX_LEAVES_PER_REQUEST}. */
    @Transactional(readOnly = true)
    public List<LogLeaf> leaves(long start, long end) {
        if (start < 0 || end < start || end - start > MAX_LEAVES_PER_REQUEST) {
            throw new TransparencyLogException("range_invalid", "ask for 0 <= start <= end, at most " + MAX_LEAVES_PER_REQUEST + " leaves");
        }
        return store.leaves(start, end);
    }

    private void requireWithinLog(long treeSize) {
        if (treeSize < 0 || treeSize > store.treeSize()) {
            throw new TransparencyLogException("tree_size_invalid", "the log has no tree of size " + treeSize);
        }
    }

    /**
     * Runs {@code computation} over the stored nodes in two passes: which nodes a root or proof needs depends
     * only on the sizes, so a dry run lists them, one query reads them all, and the real run uses them.
     */
    private <T> T withNodes(Function<MerkleTree, T> computation) {
        Set<MerkleNodeKey> wanted = new LinkedHashSet<>();
        byte[] placeholder = new byte[MerkleHashes.HASH_LENGTH];
        computation.apply(new MerkleTree((level, index) -> {
            wanted.add(new MerkleNodeKey(level, index));
            return placeholder;
        }));
        Map<MerkleNodeKey, byte[]> nodes = store.nodes(wanted);
        return computation.apply(new MerkleTree((level, index) -> nodes.get(new MerkleNodeKey(level, index))));
    }
}
