package dev.laurel.tool.credentials.log;

import java.time.Instant;

/**
 * A signed tree head: the log's size, time and root hash, signed by the log key.
 *
 * @param treeSize how many leaves the tree has
 * @param timestamp when the head was signed
 * @param rootHash MTH of the tree
 * @param keyId the log key's {@code kid}
 * @param signature a compact ES256 JWS whose payload is {@code {"tree_size", "timestamp" (ms), "root_hash" (base64url)}}
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9162#section-4.10">RFC 9162 §4.10 Signed Tree Head</a>
 */
public record SignedTreeHead(long treeSize, Instant timestamp, byte[] rootHash, String keyId, String signature) {
}
