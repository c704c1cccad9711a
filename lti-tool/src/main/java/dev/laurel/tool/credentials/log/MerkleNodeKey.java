package dev.laurel.tool.credentials.log;

/** The address of a complete aligned subtree: it covers leaves {@code [index·2^level, (index+1)·2^level)}. */
record MerkleNodeKey(int level, long index) {
}
