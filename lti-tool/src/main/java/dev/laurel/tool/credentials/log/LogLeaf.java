package dev.laurel.tool.credentials.log;

import java.time.Instant;

/**
 * One entry of the log.
 *
 * @param index its leaf index
 * @param entryHash the SHA-256 of the issued credential; the leaf hash is {@code SHA-256(0x00 || entryHash)}
 * @param appendedAt when it was appended
 */
public record LogLeaf(long index, byte[] entryHash, Instant appendedAt) {

    public byte[] leafHash() {
        return MerkleHashes.leafHash(entryHash);
    }
}
