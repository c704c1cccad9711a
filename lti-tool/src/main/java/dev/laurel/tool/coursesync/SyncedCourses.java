package dev.laurel.tool.coursesync;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads what course sync stored for a course (read-only; other features never write these tables). */
@Component
public class SyncedCourses {

    private static final String MEMBERS = "SELECT user_id, name, email, roles, status FROM course_member WHERE sync_id = ?";

    private final JdbcClient jdbc;
    private final CourseSyncStore syncs;

    SyncedCourses(JdbcClient jdbc, CourseSyncStore syncs) {
        this.jdbc = jdbc;
        this.syncs = syncs;
    }

    /** The course's synced roster, line items and results; empty when it was never synced. */
    @Transactional(readOnly = true)
    public Optional<SyncedCourse> find(CourseKey course) {
        return syncs.idOf(course).map(syncId -> read(course, syncId));
    }

    /** The course's synced line items only (no results): empty when it was never synced. */
    @Transactional(readOnly = true)
    public Optional<List<SyncedCourse.SyncedLineItem>> lineItems(CourseKey course) {
        return syncs.idOf(course).map(syncId -> readLineItems(syncId, new HashMap<>()));
    }

    /** The course's synced roster alone (no line items, no grades); empty when it was never synced. */
    @Transactional(readOnly = true)
    public List<SyncedCourse.SyncedMember> members(CourseKey course) {
        return syncs.idOf(course).map(this::readMembers).orElse(List.of());
    }

    /** One member of the course's synced roster: empty when the course was never synced or the roster lacks them. */
    @Transactional(readOnly = true)
    public Optional<SyncedCourse.SyncedMember> member(CourseKey course, String userId) {
        return syncs.idOf(course).flatMap(syncId -> jdbc.sql(MEMBERS + " AND user_id = ?")
            .params(syncId, userId).query(SyncedCourses::member).optional());
    }

    private List<SyncedCourse.SyncedMember> readMembers(long syncId) {
        return jdbc.sql(MEMBERS + " ORDER BY user_id").param(syncId).query(SyncedCourses::member).list();
    }

    private List<SyncedCourse.SyncedLineItem> readLineItems(long syncId, Map<Long, String> urls) {
        return jdbc.sql("""
                SELECT id, line_item_url, label, score_maximum, tag, resource_id, resource_link_id
                FROM course_line_item WHERE sync_id = ? ORDER BY id""")
            .param(syncId)
            .query((rs, row) -> {
                urls.put(rs.getLong("id"), rs.getString("line_item_url"));
                double max = rs.getDouble("score_maximum");
                return new SyncedCourse.SyncedLineItem(rs.getString("line_item_url"), rs.getString("label"),
                        rs.wasNull() ? null : max, rs.getString("tag"), rs.getString("resource_id"),
                        rs.getString("resource_link_id"));
            })
            .list();
    }

    private SyncedCourse read(CourseKey course, long syncId) {
        List<SyncedCourse.SyncedMember> members = readMembers(syncId);
        Map<Long, String> urls = new HashMap<>();
        List<SyncedCourse.SyncedLineItem> lineItems = readLineItems(syncId, urls);
        Map<String, Map<String, SyncedCourse.SyncedResult>> results = new HashMap<>();
        jdbc.sql("""
                SELECT r.line_item_id, r.user_id, r.result_score, r.result_maximum, r.comment
                FROM course_result r JOIN course_line_item l ON l.id = r.line_item_id WHERE l.sync_id = ?""")
            .param(syncId)
            .query(rs -> {
                double score = rs.getDouble("result_score");
                Double scoreValue = rs.wasNull() ? null : score;
                double max = rs.getDouble("result_maximum");
                Double maxValue = rs.wasNull() ? null : max;
                results.computeIfAbsent(rs.getString("user_id"), user -> new HashMap<>())
                    .put(urls.get(rs.getLong("line_item_id")),
                            new SyncedCourse.SyncedResult(scoreValue, maxValue, rs.getString("comment")));
            });
        return new SyncedCourse(course, members, lineItems, results);
    }

    private static SyncedCourse.SyncedMember member(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new SyncedCourse.SyncedMember(rs.getString("user_id"), rs.getString("name"), rs.getString("email"),
                roles(rs.getString("roles")), rs.getString("status"));
    }

    private static Set<String> roles(String roles) {
        return roles == null || roles.isBlank() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(roles.trim().split("\\s+")));
    }
}
