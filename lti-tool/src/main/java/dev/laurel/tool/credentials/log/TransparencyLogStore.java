package dev.laurel.tool.credentials.log;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The log's head, leaves and complete subtree nodes in the {@code transparency_log_*} tables. */
@Repository
class TransparencyLogStore {

    private static final int NODES_PER_QUERY = 64;
    private static final int ROWS_PER_STATEMENT = 500;
    private static final int LOOKUPS_PER_STATEMENT = 100;

    private final JdbcClient jdbc;

    TransparencyLogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The committed tree size, locking the head row until the transaction ends (serializes appends). */
    long lockHead() {
        return jdbc.sql("SELECT tree_size FROM transparency_log_head WHERE id = 1 FOR UPDATE").query(Long.class).single();
    }

    long treeSize() {
        return jdbc.sql("SELECT tree_size FROM transparency_log_head WHERE id = 1").query(Long.class).single();
    }

    void setTreeSize(long size) {
        jdbc.sql("UPDATE transparency_log_head SET tree_size = ? WHERE id = 1").param(size).update();
    }

    Optional<Long> findLeafIndex(byte[] entryHash) {
        return jdbc.sql("SELECT leaf_index FROM transparency_log_leaves WHERE entry_hash = ?").param(encode(entryHash))
                .query(Long.class).optional();
    }

    void insertLeaf(long index, byte[] entryHash, String credentialId, String issuerId, Instant now) {
        jdbc.sql("""
                INSERT INTO transparency_log_leaves (leaf_index, entry_hash, credential_id, issuer_id, appended_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(index, encode(entryHash), credentialId, issuerId, now.atOffset(ZoneOffset.UTC)).update();
    }

    /**
     * Which of the entry hashes (base64url, as stored) the log already holds: point lookups on the unique hash joined
     * by {@code UNION ALL}, each an index probe whatever the table's statistics.
     */
    Set<String> loggedAmong(List<String> encodedHashes) {
        Set<String> logged = new HashSet<>();
        for (int from = 0; from < encodedHashes.size(); from += LOOKUPS_PER_STATEMENT) {
            List<String> part = encodedHashes.subList(from, Math.min(encodedHashes.size(), from + LOOKUPS_PER_STATEMENT));
            logged.addAll(jdbc.sql(String.join(" UNION ALL ", Collections.nCopies(part.size(),
                    "SELECT entry_hash FROM transparency_log_leaves WHERE entry_hash = ?"))).params(new ArrayList<Object>(part))
                .query(String.class).list());
        }
        return logged;
    }

    /** Inserts leaves in multi-row statements. */
    void insertLeaves(List<NewLeaf> leaves, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        for (int from = 0; from < leaves.size(); from += ROWS_PER_STATEMENT) {
            List<NewLeaf> part = leaves.subList(from, Math.min(leaves.size(), from + ROWS_PER_STATEMENT));
            List<Object> params = new ArrayList<>(part.size() * 5);
            part.forEach(leaf -> params.addAll(List.of(leaf.index(), leaf.entryHash(), leaf.credentialId(), leaf.issuerId(), at)));
            jdbc.sql("INSERT INTO transparency_log_leaves (leaf_index, entry_hash, credential_id, issuer_id, appended_at) VALUES "
                    + String.join(", ", Collections.nCopies(part.size(), "(?, ?, ?, ?, ?)"))).params(params).update();
        }
    }

    /** Inserts complete subtree nodes in multi-row statements. */
    void putNodes(Map<MerkleNodeKey, byte[]> nodes) {
        List<Map.Entry<MerkleNodeKey, byte[]>> all = new ArrayList<>(nodes.entrySet());
        for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
            List<Map.Entry<MerkleNodeKey, byte[]>> part = all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT));
            List<Object> params = new ArrayList<>(part.size() * 3);
            part.forEach(node -> params.addAll(List.of(node.getKey().level(), node.getKey().index(), encode(node.getValue()))));
            jdbc.sql("INSERT INTO transparency_log_nodes (node_level, node_index, node_hash) VALUES "
                    + String.join(", ", Collections.nCopies(part.size(), "(?, ?, ?)"))).params(params).update();
        }
    }

    /** Leaves {@code [start, end)}, in order. */
    List<LogLeaf> leaves(long start, long end) {
        return jdbc.sql("SELECT leaf_index, entry_hash, appended_at FROM transparency_log_leaves WHERE leaf_index >= ? AND leaf_index < ? ORDER BY leaf_index")
                .params(start, end)
                .query((rs, row) -> new LogLeaf(rs.getLong("leaf_index"), decode(rs.getString("entry_hash")),
                        rs.getObject("appended_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    void putNode(int level, long index, byte[] hash) {
        jdbc.sql("INSERT INTO transparency_log_nodes (node_level, node_index, node_hash) VALUES (?, ?, ?)")
                .params(level, index, encode(hash)).update();
    }

    byte[] node(int level, long index) {
        return decode(jdbc.sql("SELECT node_hash FROM transparency_log_nodes WHERE node_level = ? AND node_index = ?")
                .params(level, index).query(String.class).single());
    }

    /** The given nodes, read in a few queries. */
    Map<MerkleNodeKey, byte[]> nodes(Collection<MerkleNodeKey> keys) {
        Map<MerkleNodeKey, byte[]> found = new HashMap<>();
        List<MerkleNodeKey> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += NODES_PER_QUERY) {
            List<MerkleNodeKey> batch = all.subList(from, Math.min(all.size(), from + NODES_PER_QUERY));
            String where = String.join(" OR ", Collections.nCopies(batch.size(), "(node_level = ? AND node_index = ?)"));
            List<Object> params = new ArrayList<>();
            batch.forEach(key -> {
                params.add(key.level());
                params.add(key.index());
            });
            jdbc.sql("SELECT node_level, node_index, node_hash FROM transparency_log_nodes WHERE " + where).params(params)
                    .query((rs, row) -> found.put(new MerkleNodeKey(rs.getInt("node_level"), rs.getLong("node_index")),
                            decode(rs.getString("node_hash"))))
                    .list();
        }
        return found;
    }

    static String encode(byte[] hash) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }

    static byte[] decode(String hash) {
        return Base64.getUrlDecoder().decode(hash);
    }

    /** A leaf to append: its index, the credential's hash (base64url) and ids. */
    record NewLeaf(long index, String entryHash, String credentialId, String issuerId) {
    }
}
