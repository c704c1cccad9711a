package dev.laurel.tool.badges;

import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.RubricLevel;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A launched and synced course written straight into the tables that launch and course sync fill: an
 * {@code lti_context}, its {@code course_sync}, members, line items and results. For tests of the badges feature.
 */
public final class SyncedCourseFixture {

    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    public static final List<RubricLevel> LEVELS = List.of(new RubricLevel("beginning", "Beginning", "", 0),
            new RubricLevel("developing", "Developing", "", 1), new RubricLevel("proficient", "Proficient", "", 2),
            new RubricLevel("exemplary", "Exemplary", "", 3));

    private final JdbcClient jdbc;
    public final long registrationId;
    public final String deploymentId = "deployment-1";
    public final String contextId;
    public final long courseId;
    public final long syncId;

    private SyncedCourseFixture(JdbcClient jdbc, long registrationId, String contextId, long courseId, long syncId) {
        this.jdbc = jdbc;
        this.registrationId = registrationId;
        this.contextId = contextId;
        this.courseId = courseId;
        this.syncId = syncId;
    }

    /** A new course (unique context id) with an empty completed sync. */
    public static SyncedCourseFixture create(JdbcClient jdbc, long registrationId) {
        String contextId = "ctx-" + UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        GeneratedKeyHolder course = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO lti_context (registration_id, deployment_id, context_id, title, label, ags_lineitems_url,
                    ags_scopes, nrps_memberships_url, first_launch_at, last_launch_at)
                VALUES (?, 'deployment-1', ?, 'Fixture course', 'FIX101', 'https://lms.example/lineitems', '', NULL, ?, ?)""")
            .params(registrationId, contextId, now, now).update(course, "id");
        GeneratedKeyHolder sync = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO course_sync (registration_id, deployment_id, context_id, client_id, token_url, ags_scopes,
                    state, requested_at, started_at, finished_at)
                VALUES (?, 'deployment-1', ?, 'client', 'https://lms.example/token', '', 'COMPLETED', ?, ?, ?)""")
            .params(registrationId, contextId, now, now, now).update(sync, "id");
        return new SyncedCourseFixture(jdbc, registrationId, contextId, course.getKey().longValue(), sync.getKey().longValue());
    }

    public void member(String userId, String role, String status) {
        jdbc.sql("""
                INSERT INTO course_member (sync_id, user_id, status, name, email, roles, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
            .params(syncId, userId, status, "Name of " + userId, userId + "@students.example", role,
                    OffsetDateTime.now(ZoneOffset.UTC))
            .update();
    }

    /** A line item; returns its URL. */
    public String lineItem(String label, double maximum) {
        String url = "https://lms.example/lineitems/" + UUID.randomUUID();
        jdbc.sql("INSERT INTO course_line_item (sync_id, line_item_url, label, score_maximum, updated_at) VALUES (?, ?, ?, ?, ?)")
            .params(syncId, url, label, maximum, OffsetDateTime.now(ZoneOffset.UTC)).update();
        return url;
    }

    public void result(String lineItemUrl, String userId, double score, double maximum) {
        long lineItemId = jdbc.sql("SELECT id FROM course_line_item WHERE sync_id = ? AND line_item_url = ?")
            .params(syncId, lineItemUrl).query(Long.class).single();
        jdbc.sql("""
                MERGE INTO course_result t USING (SELECT CAST(? AS BIGINT) AS line_item_id, CAST(? AS VARCHAR(255)) AS user_id) s
                ON t.line_item_id = s.line_item_id AND t.user_id = s.user_id
                WHEN MATCHED THEN UPDATE SET result_score = ?, result_maximum = ?
                WHEN NOT MATCHED THEN INSERT (line_item_id, user_id, result_score, result_maximum, updated_at)
                    VALUES (s.line_item_id, s.user_id, ?, ?, ?)""")
            .params(lineItemId, userId, score, maximum, score, maximum, OffsetDateTime.now(ZoneOffset.UTC)).update();
    }

    public void removeResult(String lineItemUrl, String userId) {
        jdbc.sql("DELETE FROM course_result WHERE user_id = ? AND line_item_id IN "
                + "(SELECT id FROM course_line_item WHERE sync_id = ? AND line_item_url = ?)")
            .params(userId, syncId, lineItemUrl).update();
    }

    /** A rubric draft of this course with one criterion per line item URL, each with {@link #LEVELS}. */
    public Rubric rubric(String name, List<String> lineItemUrls) {
        return new Rubric(0, courseId, name, "A rubric", IntStream.range(0, lineItemUrls.size())
            .mapToObj(i -> new RubricCriterion("c" + i, "Criterion " + i, "What criterion " + i + " assesses",
                    lineItemUrls.get(i), LEVELS, List.of()))
            .toList());
    }
}
