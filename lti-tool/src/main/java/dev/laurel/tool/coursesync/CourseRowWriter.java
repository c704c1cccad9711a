package dev.laurel.tool.coursesync;

import dev.laurel.tool.ags.AgsResult;
import dev.laurel.tool.ags.LineItem;
import dev.laurel.tool.nrps.Member;
import dev.laurel.tool.ops.DatabaseProduct;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Upserts a page of members, line items or results in one batch, keyed by the tables' unique constraints, so
 * reading a page again (a retry, a resumed run) never stores a row twice: on PostgreSQL one array-parameter
 * statement per page ({@link PostgresCourseRows}), elsewhere standard {@code MERGE}.
 */
@Repository
class CourseRowWriter {

    private static final String MERGE_MEMBER = """
            MERGE INTO course_member t
            USING (SELECT CAST(? AS BIGINT) AS sync_id, CAST(? AS VARCHAR(255)) AS user_id) s
            ON t.sync_id = s.sync_id AND t.user_id = s.user_id
            WHEN MATCHED THEN UPDATE SET status = ?, name = ?, given_name = ?, family_name = ?, email = ?,
                sourced_id = ?, roles = ?, updated_at = ?
            WHEN NOT MATCHED THEN INSERT (sync_id, user_id, status, name, given_name, family_name, email, sourced_id,
                roles, updated_at) VALUES (s.sync_id, s.user_id, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private static final String MERGE_LINE_ITEM = """
            MERGE INTO course_line_item t
            USING (SELECT CAST(? AS BIGINT) AS sync_id, CAST(? AS VARCHAR(2000)) AS line_item_url) s
            ON t.sync_id = s.sync_id AND t.line_item_url = s.line_item_url
            WHEN MATCHED THEN UPDATE SET label = ?, score_maximum = ?, resource_id = ?, resource_link_id = ?, tag = ?,
                updated_at = ?
            WHEN NOT MATCHED THEN INSERT (sync_id, line_item_url, label, score_maximum, resource_id, resource_link_id,
                tag, updated_at) VALUES (s.sync_id, s.line_item_url, ?, ?, ?, ?, ?, ?)
            """;

    private static final String MERGE_RESULTS = """
            MERGE INTO course_result t
            USING (VALUES %s) AS s(line_item_id, user_id, result_score, result_maximum, comment, updated_at)
            ON t.line_item_id = s.line_item_id AND t.user_id = s.user_id
            WHEN MATCHED THEN UPDATE SET result_score = s.result_score, result_maximum = s.result_maximum,
                comment = s.comment, updated_at = s.updated_at
            WHEN NOT MATCHED THEN INSERT (line_item_id, user_id, result_score, result_maximum, comment, updated_at)
                VALUES (s.line_item_id, s.user_id, s.result_score, s.result_maximum, s.comment, s.updated_at)
            """;

    private static final String RESULT_ROW = "(CAST(? AS BIGINT), CAST(? AS VARCHAR(255)), CAST(? AS DOUBLE PRECISION), "
            + "CAST(? AS DOUBLE PRECISION), CAST(? AS VARCHAR(4000)), CAST(? AS TIMESTAMP WITH TIME ZONE))";

    private final JdbcTemplate jdbcTemplate;

    private final JdbcClient jdbc;

    /** PostgreSQL's array upserts, or null on other databases (H2), which get standard {@code MERGE}s. */
    private final PostgresCourseRows postgres;

    CourseRowWriter(JdbcTemplate jdbcTemplate, JdbcClient jdbc, DatabaseProduct database) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.postgres = database.isPostgres() ? new PostgresCourseRows(jdbcTemplate) : null;
    }

    /**
     * Lets the current page transaction commit without waiting for the WAL flush (PostgreSQL only): a crash
     * may lose the last pages' rows together with their checkpoints, which the resumed run reads again.
     */
    void relaxCommitDurability() {
        if (postgres != null) {
            jdbcTemplate.execute("SET LOCAL synchronous_commit TO OFF");
        }
    }

    /** Upserts a page of members (one row per user id: a repeated member keeps the last). */
    void members(long syncId, List<Member> members, Instant now) {
        Map<String, MemberRow> byUser = new LinkedHashMap<>();
        members.stream().filter(member -> member.userId() != null).forEach(member -> byUser.put(member.userId(),
                new MemberRow(member.userId(), member.effectiveStatus(), member.name(), member.givenName(),
                        member.familyName(), member.email(), member.sourcedId(), String.join(" ", member.normalizedRoles()))));
        if (byUser.isEmpty()) {
            return;
        }
        List<MemberRow> rows = List.copyOf(byUser.values());
        if (postgres != null) {
            postgres.members(syncId, rows, CourseSyncStore.timestamp(now));
            return;
        }
        SqlParameterValue at = new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, CourseSyncStore.timestamp(now));
        jdbcTemplate.batchUpdate(MERGE_MEMBER, rows.stream().map(row -> {
            Object[] values = {text(row.status()), text(row.name()), text(row.givenName()), text(row.familyName()),
                    text(row.email()), text(row.sourcedId()), text(row.roles()), at};
            return concat(new Object[] {syncId, row.userId()}, values, values);
        }).toList());
    }

    /** Upserts {@code lineItems}; returns their row ids by line-item URL. */
    Map<String, Long> lineItems(long syncId, List<LineItem> lineItems, Instant now) {
        SqlParameterValue at = new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, CourseSyncStore.timestamp(now));
        List<LineItem> identified = lineItems.stream().filter(item -> item.id() != null).toList();
        jdbcTemplate.batchUpdate(MERGE_LINE_ITEM, identified.stream().map(item -> {
            Object[] values = {text(item.label()), number(item.scoreMaximum()), text(item.resourceId()),
                    text(item.resourceLinkId()), text(item.tag()), at};
            return concat(new Object[] {syncId, item.id()}, values, values);
        }).toList());
        return identified.stream().collect(Collectors.toMap(LineItem::id, item -> jdbc
                .sql("SELECT id FROM course_line_item WHERE sync_id = ? AND line_item_url = ?")
                .params(syncId, item.id()).query(Long.class).single(), (a, b) -> a));
    }

    /** Whether any result of the line item is stored. */
    boolean hasResults(long lineItemRowId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM course_result WHERE line_item_id = ?)")
                .param(lineItemRowId).query(Boolean.class).single();
    }

    /**
     * Upserts a page of results in one statement (one row per learner: a repeated learner keeps the last). With
     * {@code newRowsOnly} (no result of the page's learners is stored yet, as in the first read of a line item),
     * PostgreSQL inserts them instead, and a page repeating a stored learner fails with a
     * {@link org.springframework.dao.DuplicateKeyException}, after which the caller writes it again without the flag.
     */
    void results(long lineItemRowId, List<AgsResult> results, Instant now, boolean newRowsOnly) {
        Map<String, ResultRow> byUser = new LinkedHashMap<>();
        results.stream().filter(result -> result.userId() != null).forEach(result -> byUser.put(result.userId(),
                new ResultRow(result.userId(), result.resultScore(), result.resultMaximum(), result.comment())));
        if (byUser.isEmpty()) {
            return;
        }
        List<ResultRow> rows = List.copyOf(byUser.values());
        if (postgres != null) {
            postgres.results(lineItemRowId, rows, CourseSyncStore.timestamp(now), newRowsOnly);
            return;
        }
        SqlParameterValue at = new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, CourseSyncStore.timestamp(now));
        List<Object> values = new ArrayList<>(rows.size() * 6);
        rows.forEach(row -> values.addAll(List.of(lineItemRowId, text(row.userId()), number(row.score()),
                number(row.maximum()), text(row.comment()), at)));
        String tuples = String.join(", ", Collections.nCopies(rows.size(), RESULT_ROW));
        jdbcTemplate.update(MERGE_RESULTS.formatted(tuples), values.toArray());
    }

    /** Marks members not seen since {@code runStart} as deleted, after a full (not differences) roster read. */
    void markDeparted(long syncId, Instant runStart) {
        jdbc.sql("UPDATE course_member SET status = 'Deleted' WHERE sync_id = ? AND updated_at < ? AND status <> 'Deleted'")
                .params(syncId, CourseSyncStore.timestamp(runStart)).update();
    }

    private static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    private static SqlParameterValue number(Double value) {
        return new SqlParameterValue(Types.DOUBLE, value);
    }

    private static Object[] concat(Object[] key, Object[] update, Object[] insert) {
        Object[] all = new Object[key.length + update.length + insert.length];
        System.arraycopy(key, 0, all, 0, key.length);
        System.arraycopy(update, 0, all, key.length, update.length);
        System.arraycopy(insert, 0, all, key.length + update.length, insert.length);
        return all;
    }

    /** A member's row values. */
    record MemberRow(String userId, String status, String name, String givenName, String familyName, String email,
            String sourcedId, String roles) {

        @Override
        public String toString() {
            return "MemberRow[userId=" + userId + "]";
        }
    }

    /** A result's row values. */
    record ResultRow(String userId, Double score, Double maximum, String comment) {
    }
}
