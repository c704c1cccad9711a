package dev.laurel.tool.credentials.status;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The status lists and their allocated entries, in {@code credential_status_lists} and {@code credential_status_entries}. */
@Repository
class StatusListRepository {

    private static final int ROWS_PER_STATEMENT = 500;

    private final JdbcClient jdbc;

    StatusListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StatusListRow> find(StatusListLocation location) {
        return jdbc.sql("SELECT * FROM credential_status_lists WHERE issuer_slug = ? AND status_purpose = ? AND list_number = ?")
                .params(location.issuerSlug(), location.purpose().value(), location.listNumber())
                .query(StatusListRepository::list).optional();
    }

    Optional<StatusListRow> findById(long listId) {
        return jdbc.sql("SELECT * FROM credential_status_lists WHERE id = ?").param(listId).query(StatusListRepository::list).optional();
    }

    /** The issuer's newest list for {@code purpose}. */
    Optional<StatusListRow> newest(String issuerSlug, StatusPurpose purpose) {
        return jdbc.sql("SELECT * FROM credential_status_lists WHERE issuer_slug = ? AND status_purpose = ? ORDER BY list_number DESC FETCH FIRST 1 ROWS ONLY")
                .params(issuerSlug, purpose.value()).query(StatusListRepository::list).optional();
    }

    /** Creates a list; fails with a duplicate key when another instance created the same number first. */
    void create(String issuerId, StatusListLocation location, int size, Instant now) {
        jdbc.sql("""
                INSERT INTO credential_status_lists (issuer_id, issuer_slug, status_purpose, list_number, status_size, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 1, ?, ?)""")
                .params(issuerId, location.issuerSlug(), location.purpose().value(), location.listNumber(), size, utc(now), utc(now))
                .update();
    }

    long countEntries(long listId) {
        return jdbc.sql("SELECT COUNT(*) FROM credential_status_entries WHERE list_id = ?").param(listId).query(Long.class).single();
    }

    /** Takes {@code index} in the list; fails with a duplicate key when the index or the credential's entry is taken. */
    void insertEntry(long listId, int index, String credentialId, StatusPurpose purpose, Instant now) {
        jdbc.sql("""
                INSERT INTO credential_status_entries (list_id, status_index, credential_id, status_purpose, status_set, allocated_at)
                VALUES (?, ?, ?, ?, FALSE, ?)""")
                .params(listId, index, credentialId, purpose.value(), utc(now)).update();
    }

    /** Every taken index of the list, as bits. */
    java.util.BitSet takenIndexes(long listId, int size) {
        java.util.BitSet taken = new java.util.BitSet(size);
        jdbc.sql("SELECT status_index FROM credential_status_entries WHERE list_id = ?").param(listId)
                .query(rs -> {
                    taken.set(rs.getInt(1));
                });
        return taken;
    }

    /**
     * Takes many indexes of the list at once (multi-row inserts); fails with a duplicate key when any index or
     * credential entry is taken, so callers run it in a savepoint.
     */
    void insertEntries(long listId, List<NewEntry> entries, StatusPurpose purpose, Instant now) {
        OffsetDateTime at = utc(now);
        for (int from = 0; from < entries.size(); from += ROWS_PER_STATEMENT) {
            List<NewEntry> part = entries.subList(from, Math.min(entries.size(), from + ROWS_PER_STATEMENT));
            List<Object> params = new ArrayList<>(part.size() * 5);
            part.forEach(entry -> params.addAll(List.of(listId, entry.index(), entry.credentialId(), purpose.value(), at)));
            jdbc.sql("INSERT INTO credential_status_entries (list_id, status_index, credential_id, status_purpose, status_set, "
                    + "allocated_at) VALUES " + String.join(", ", Collections.nCopies(part.size(), "(?, ?, ?, ?, FALSE, ?)")))
                .params(params).update();
        }
    }

    Optional<StatusEntryRow> findEntry(String credentialId, StatusPurpose purpose) {
        return jdbc.sql("SELECT * FROM credential_status_entries WHERE credential_id = ? AND status_purpose = ?")
                .params(credentialId, purpose.value()).query(StatusListRepository::entry).optional();
    }

    Optional<StatusEntryRow> findEntry(long listId, int index) {
        return jdbc.sql("SELECT * FROM credential_status_entries WHERE list_id = ? AND status_index = ?")
                .params(listId, index).query(StatusListRepository::entry).optional();
    }

    List<Integer> setIndexes(long listId) {
        return jdbc.sql("SELECT status_index FROM credential_status_entries WHERE list_id = ? AND status_set = TRUE")
                .param(listId).query(Integer.class).list();
    }

    /** Sets the entry's bit from {@code from} to {@code to}; answers whether it changed. */
    boolean flip(String credentialId, StatusPurpose purpose, boolean from, boolean to) {
        return jdbc.sql("UPDATE credential_status_entries SET status_set = ? WHERE credential_id = ? AND status_purpose = ? AND status_set = ?")
                .params(to, credentialId, purpose.value(), from).update() == 1;
    }

    void bumpVersion(long listId, Instant now) {
        jdbc.sql("UPDATE credential_status_lists SET version = version + 1, updated_at = ? WHERE id = ?").params(utc(now), listId).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static StatusListRow list(ResultSet rs, int row) throws SQLException {
        return new StatusListRow(rs.getLong("id"), rs.getString("issuer_id"),
                new StatusListLocation(rs.getString("issuer_slug"), StatusPurpose.fromValue(rs.getString("status_purpose")).orElseThrow(),
                        rs.getInt("list_number")),
                rs.getInt("status_size"), rs.getLong("version"), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static StatusEntryRow entry(ResultSet rs, int row) throws SQLException {
        return new StatusEntryRow(rs.getLong("list_id"), rs.getInt("status_index"), rs.getString("credential_id"),
                StatusPurpose.fromValue(rs.getString("status_purpose")).orElseThrow(), rs.getBoolean("status_set"));
    }

    /** A stored list. */
    record StatusListRow(long id, String issuerId, StatusListLocation location, int size, long version, Instant updatedAt) {
    }

    /** An index to take for a credential. */
    record NewEntry(int index, String credentialId) {
    }

    /** A stored entry: one credential's index in one list. */
    record StatusEntryRow(long listId, int index, String credentialId, StatusPurpose purpose, boolean set) {
    }
}
