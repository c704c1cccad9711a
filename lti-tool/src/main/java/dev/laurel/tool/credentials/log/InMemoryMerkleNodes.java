package dev.laurel.tool.credentials.log;

import java.util.ArrayList;
import java.util.List;

/**
 * Complete aligned subtree hashes of a list of leaf hashes held in memory, built as the stored log builds
 * them (each append completes the nodes that end at the new leaf). For tools and tests, not for the log.
 */
public final class InMemoryMerkleNodes implements MerkleNodeSource {

    private final List<List<byte[]>> levels = new ArrayList<>();

    /** Appends a leaf hash (already {@link MerkleHashes#leafHash prefixed}). */
    public void append(byte[] leafHash) {
        put(0, leafHash);
        long index = levels.get(0).size() - 1;
        int level = 0;
        byte[] hash = leafHash;
        while ((index & 1) == 1) {
            hash = MerkleHashes.nodeHash(levels.get(level).get((int) index - 1), hash);
            level++;
            index >>>= 1;
            put(level, hash);
        }
    }

    public long size() {
        return levels.isEmpty() ? 0 : levels.get(0).size();
    }

    @Override
    public byte[] node(int level, long index) {
        return levels.get(level).get((int) index);
    }

    private void put(int level, byte[] hash) {
        while (levels.size() <= level) {
            levels.add(new ArrayList<>());
        }
        levels.get(level).add(hash);
    }
}
