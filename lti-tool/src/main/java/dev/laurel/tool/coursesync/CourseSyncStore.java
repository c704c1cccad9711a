package dev.laurel.tool.coursesync;

import dev.laurel.tool.services.PlatformServices;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** The course_sync row of each course and its page cursors; rows of members, line items and results are in {@link CourseRowWriter}. */
@Repository
class CourseSyncStore {

    private final JdbcClient jdbc;

    private final TransactionTemplate transactions;

    CourseSyncStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Records (or refreshes) the course's services and marks it requested, unless a run is under way; returns its id. */
    long request(CourseKey course, PlatformServices services, Instant now) {
        jdbc.sql("""
                MERGE INTO course_sync t
                USING (SELECT CAST(:registrationId AS BIGINT) AS registration_id,
                              CAST(:deploymentId AS VARCHAR(255)) AS deployment_id,
                              CAST(:contextId AS VARCHAR(255)) AS context_id) s
                ON t.registration_id = s.registration_id AND t.deployment_id = s.deployment_id AND t.context_id = s.context_id
                WHEN MATCHED THEN UPDATE SET client_id = :clientId, token_url = :tokenUrl, token_audience = :tokenAudience,
                    line_items_url = :lineItemsUrl, ags_scopes = :agsScopes, memberships_url = :membershipsUrl,
                    state = CASE WHEN state IN ('RUNNING', 'FAILED') THEN state ELSE 'REQUESTED' END, requested_at = :now
                WHEN NOT MATCHED THEN INSERT (registration_id, deployment_id, context_id, client_id, token_url,
                    token_audience, line_items_url, ags_scopes, memberships_url, state, requested_at)
                    VALUES (s.registration_id, s.deployment_id, s.context_id, :clientId, :tokenUrl, :tokenAudience,
                    :lineItemsUrl, :agsScopes, :membershipsUrl, 'REQUESTED', :now)
                """)
                .param("registrationId", course.registrationId())
                .param("deploymentId", course.deploymentId())
                .param("contextId", course.contextId())
                .param("clientId", services.clientId())
                .param("tokenUrl", services.tokenUrl().toString())
                .param("tokenAudience", services.tokenAudience())
                .param("lineItemsUrl", text(services.lineItemsUrl()))
                .param("agsScopes", String.join(" ", services.agsScopes()))
                .param("membershipsUrl", text(services.membershipsUrl()))
                .param("now", timestamp(now))
                .update();
        return idOf(course).orElseThrow();
    }

    Optional<Long> idOf(CourseKey course) {
        return jdbc.sql("SELECT id FROM course_sync WHERE registration_id = ? AND deployment_id = ? AND context_id = ?")
                .params(course.registrationId(), course.deploymentId(), course.contextId()).query(Long.class).optional();
    }

    Optional<SyncRecord> load(long syncId) {
        return jdbc.sql("SELECT * FROM course_sync WHERE id = ?").param(syncId).query(CourseSyncStore::syncRecord).optional();
    }

    /**
     * Starts a run from the first pages: drops old cursors, creates {@code startCursors}, state RUNNING; the
     * stored {@code differences} link is used up (the run stores the platform's next one).
     */
    void startFresh(long syncId, Map<String, URI> startCursors, Instant now) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM course_sync_cursor WHERE sync_id = ?").param(syncId).update();
            startCursors.forEach((key, url) -> ensureCursor(syncId, key, url));
            jdbc.sql("""
                    UPDATE course_sync SET state = 'RUNNING', started_at = ?, finished_at = NULL, differences_url = NULL,
                        last_error_code = NULL, last_error = NULL WHERE id = ?
                    """).params(timestamp(now), syncId).update();
        });
    }

    /** Continues a run from its cursors. */
    void resume(long syncId) {
        jdbc.sql("UPDATE course_sync SET state = 'RUNNING', finished_at = NULL WHERE id = ?").param(syncId).update();
    }

    /** Creates the cursor {@code key} at {@code start} unless it exists. */
    void ensureCursor(long syncId, String key, URI start) {
        jdbc.sql("""
                MERGE INTO course_sync_cursor t
                USING (SELECT CAST(? AS BIGINT) AS sync_id, CAST(? AS VARCHAR(100)) AS cursor_key) s
                ON t.sync_id = s.sync_id AND t.cursor_key = s.cursor_key
                WHEN NOT MATCHED THEN INSERT (sync_id, cursor_key, next_url, pages_done, done)
                    VALUES (s.sync_id, s.cursor_key, ?, 0, FALSE)
                """).params(syncId, key, start.toString()).update();
    }

    Optional<Cursor> cursor(long syncId, String key) {
        return jdbc.sql("SELECT next_url, pages_done, done FROM course_sync_cursor WHERE sync_id = ? AND cursor_key = ?")
                .params(syncId, key)
                .query((rs, n) -> new Cursor(key, uri(rs.getString("next_url")), rs.getInt("pages_done"), rs.getBoolean("done")))
                .optional();
    }

    /** The unfinished cursors whose key starts with {@code prefix}. */
    List<Cursor> openCursors(long syncId, String prefix) {
        return jdbc.sql("""
                SELECT cursor_key, next_url, pages_done, done FROM course_sync_cursor
                WHERE sync_id = ? AND cursor_key LIKE ? AND done = FALSE ORDER BY cursor_key
                """).params(syncId, prefix + "%")
                .query((rs, n) -> new Cursor(rs.getString("cursor_key"), uri(rs.getString("next_url")),
                        rs.getInt("pages_done"), false))
                .list();
    }

    /** Moves cursor {@code key} past one page, to {@code following} (done when null). Call inside the page's transaction. */
    void advance(long syncId, String key, URI following) {
        jdbc.sql("""
                UPDATE course_sync_cursor SET next_url = ?, pages_done = pages_done + 1, done = ?
                WHERE sync_id = ? AND cursor_key = ?
                """).params(text(following), following == null, syncId, key).update();
    }

    void complete(long syncId, Instant now) {
        jdbc.sql("UPDATE course_sync SET state = 'COMPLETED', finished_at = ?, last_error_code = NULL, last_error = NULL WHERE id = ?")
                .params(timestamp(now), syncId).update();
    }

    void fail(long syncId, String code, String message, Instant now) {
        jdbc.sql("UPDATE course_sync SET state = 'FAILED', finished_at = ?, last_error_code = ?, last_error = ? WHERE id = ?")
                .params(timestamp(now), code, message == null ? null : shorten(message), syncId).update();
    }

    Optional<CourseSyncProgress> progress(CourseKey course) {
        return idOf(course).flatMap(id -> jdbc.sql("""
                SELECT s.state, s.last_error_code, s.last_error, s.requested_at, s.started_at, s.finished_at,
                    (SELECT COALESCE(SUM(c.pages_done), 0) FROM course_sync_cursor c WHERE c.sync_id = s.id) AS pages_done,
                    (SELECT COUNT(*) FROM course_sync_cursor c WHERE c.sync_id = s.id AND c.done = FALSE) AS pages_open,
                    (SELECT COUNT(*) FROM course_member m WHERE m.sync_id = s.id) AS members,
                    (SELECT COUNT(*) FROM course_line_item l WHERE l.sync_id = s.id) AS line_items,
                    (SELECT COUNT(*) FROM course_result r JOIN course_line_item l ON r.line_item_id = l.id
                        WHERE l.sync_id = s.id) AS results
                FROM course_sync s WHERE s.id = ?
                """).param(id).query((rs, n) -> new CourseSyncProgress(CourseSyncState.valueOf(rs.getString("state")),
                        rs.getLong("pages_done"), rs.getLong("pages_done") + rs.getLong("pages_open"), rs.getLong("members"),
                        rs.getLong("line_items"), rs.getLong("results"), rs.getString("last_error_code"),
                        rs.getString("last_error"), instant(rs, "requested_at"), instant(rs, "started_at"),
                        instant(rs, "finished_at")))
                .optional());
    }

    /** Sets the NRPS {@code differences} link to use for the next run. */
    void saveDifferences(long syncId, URI differences) {
        jdbc.sql("UPDATE course_sync SET differences_url = ? WHERE id = ?").params(text(differences), syncId).update();
    }

    private static SyncRecord syncRecord(ResultSet rs, int row) throws SQLException {
        CourseKey course = new CourseKey(rs.getLong("registration_id"), rs.getString("deployment_id"), rs.getString("context_id"));
        String scopes = rs.getString("ags_scopes");
        Set<String> agsScopes = scopes.isBlank() ? Set.of()
                : Arrays.stream(scopes.split(" ")).collect(Collectors.toCollection(LinkedHashSet::new));
        PlatformServices services = new PlatformServices(course.registrationId(), rs.getString("client_id"),
                URI.create(rs.getString("token_url")), rs.getString("token_audience"), uri(rs.getString("line_items_url")),
                agsScopes, uri(rs.getString("memberships_url")));
        return new SyncRecord(rs.getLong("id"), course, services, CourseSyncState.valueOf(rs.getString("state")),
                uri(rs.getString("differences_url")), instant(rs, "started_at"));
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static URI uri(String value) {
        return value == null ? null : URI.create(value);
    }

    private static String text(URI uri) {
        return uri == null ? null : uri.toString();
    }

    private static String shorten(String message) {
        return message.length() <= 1000 ? message : message.substring(0, 999) + "…";
    }

    /** A course_sync row. */
    record SyncRecord(long id, CourseKey course, PlatformServices services, CourseSyncState state, URI differencesUrl,
            Instant startedAt) {
    }

    /** A chain's checkpoint: the next page to read ({@code null} when done) and the pages read so far. */
    record Cursor(String key, URI next, int pagesDone, boolean done) {
    }
}
