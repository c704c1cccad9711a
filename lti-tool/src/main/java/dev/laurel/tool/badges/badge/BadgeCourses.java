package dev.laurel.tool.badges.badge;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Whether the instructor has enabled badges for a course (off until they do). */
@Repository
public class BadgeCourses {

    private final JdbcClient jdbc;
    private final Clock clock;

    public BadgeCourses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean enabled(long courseId) {
        return jdbc.sql("SELECT enabled FROM badge_course WHERE course_id = ?").param(courseId).query(Boolean.class)
            .optional().orElse(false);
    }

    /** Whether an instructor (or the demo set-up) has ever turned badges on or off for the course. */
    public boolean configured(long courseId) {
        return jdbc.sql("SELECT COUNT(*) FROM badge_course WHERE course_id = ?").param(courseId).query(Long.class).single() > 0;
    }

    /**
     * Turns badges on for a course nobody configured yet (the demo set-up); false, and nothing changed, when someone
     * did. Two callers at once: the later fails with a duplicate key.
     */
    public boolean enableFirstTime(long courseId, String actor) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return jdbc.sql("""
                INSERT INTO badge_course (course_id, enabled, changed_by, changed_at)
                SELECT CAST(? AS BIGINT), TRUE, CAST(? AS VARCHAR(255)), CAST(? AS TIMESTAMP WITH TIME ZONE)
                WHERE NOT EXISTS (SELECT 1 FROM badge_course WHERE course_id = ?)""")
            .params(courseId, actor, now, courseId).update() == 1;
    }

    /** Turns badges on or off for the course; idempotent. */
    public void setEnabled(long courseId, boolean enabled, String actor) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE badge_course SET enabled = ?, changed_by = ?, changed_at = ? WHERE course_id = ?")
            .params(enabled, actor, now, courseId).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO badge_course (course_id, enabled, changed_by, changed_at) VALUES (?, ?, ?, ?)")
                    .params(courseId, enabled, actor, now).update();
            }
            catch (org.springframework.dao.DuplicateKeyException ex) {
                jdbc.sql("UPDATE badge_course SET enabled = ?, changed_by = ?, changed_at = ? WHERE course_id = ?")
                    .params(enabled, actor, now, courseId).update();
            }
        }
    }
}
