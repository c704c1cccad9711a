package dev.laurel.tool.badges.badge;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What instructors (and Laurel's automatic issuance) did to a course's badges, newest first. */
@Repository
public class BadgeAudit {

    /** One audited action: {@code actor} is the LTI user id, or {@code laurel} for automatic work. */
    public record Entry(long courseId, Long badgeId, String actor, String action, String detail, Instant at) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public BadgeAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(long courseId, Long badgeId, String actor, String action, String detail) {
        jdbc.sql("INSERT INTO badge_audit (course_id, badge_id, actor, action, detail, at) VALUES (?, ?, ?, ?, ?, ?)")
            .params(courseId, badgeId, actor, action, detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000),
                    OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
            .update();
    }

    public List<Entry> recent(long courseId, int limit) {
        return jdbc.sql("SELECT course_id, badge_id, actor, action, detail, at FROM badge_audit WHERE course_id = ? "
                + "ORDER BY at DESC, id DESC FETCH FIRST " + Math.max(1, Math.min(limit, 500)) + " ROWS ONLY")
            .param(courseId)
            .query((rs, row) -> {
                long badge = rs.getLong("badge_id");
                return new Entry(rs.getLong("course_id"), rs.wasNull() ? null : badge, rs.getString("actor"),
                        rs.getString("action"), rs.getString("detail"), rs.getObject("at", OffsetDateTime.class).toInstant());
            })
            .list();
    }
}
