package dev.laurel.tool.credentials.log;

/**
 * Where a {@link MerkleTree} reads complete, aligned subtree hashes from: the node at {@code level} and
 * {@code index} covers leaves {@code [index·2^level, (index+1)·2^level)}; level 0 holds the leaf hashes.
 * Such nodes never change once their last leaf is appended, so they can be stored or cached freely.
 */
@FunctionalInterface
public interface MerkleNodeSource {

    /** The hash of a complete aligned subtree that lies entirely inside the log. */
    byte[] node(int level, long index);
}
