package dev.laurel.tool.badges.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what the course dashboard counts, in two queries for the whole course: every learner's latest verdict per
 * badge (without the explanation) and every award with its learner's claim.
 */
@Repository
class DashboardRows {

    private static final TypeReference<Map<String, String>> LEVELS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper mapper;

    DashboardRows(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** A learner's latest verdict for a badge: whether they qualify and the levels reached. */
    record Verdict(long badgeId, String userId, boolean qualifies, Map<String, String> levels) {
    }

    /** An award with its state: when issued, claimed (by the learner) and revoked, or null. */
    record Award(long badgeId, String userId, Instant issuedAt, Instant claimedAt, Instant revokedAt) {
    }

    List<Verdict> verdicts(long courseId) {
        List<Verdict> verdicts = new ArrayList<>();
        jdbc.sql("""
                SELECT e.badge_id, e.user_id, e.qualifies, e.levels FROM badge_eligibility e
                JOIN badge b ON b.id = e.badge_id WHERE b.course_id = ? ORDER BY e.badge_id, e.user_id""")
            .param(courseId)
            .query(rs -> {
                verdicts.add(new Verdict(rs.getLong(1), rs.getString(2), rs.getBoolean(3), mapper.readValue(rs.getString(4), LEVELS)));
            });
        return verdicts;
    }

    /**
     * Each learner's current award of each badge of the course: the one in force, else the latest revoked one (a badge
     * revoked and issued again counts once, as issued).
     */
    List<Award> awards(long courseId) {
        Map<String, Award> current = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                SELECT a.badge_id, a.user_id, a.issued_at, k.claimed_at, a.revoked_at FROM badge_award a
                JOIN badge b ON b.id = a.badge_id
                LEFT JOIN learner_badge_claim k ON k.credential_uuid = a.credential_uuid
                WHERE b.course_id = ? ORDER BY a.badge_id, a.user_id, a.issued_at, a.credential_uuid""")
            .param(courseId)
            .query((rs, row) -> new Award(rs.getLong(1), rs.getString(2), instant(rs, 3), instant(rs, 4), instant(rs, 5)))
            .list()
            .forEach(award -> current.merge(award.badgeId() + " " + award.userId(), award,
                    (kept, later) -> kept.revokedAt() == null ? kept : later));
        return List.copyOf(current.values());
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
