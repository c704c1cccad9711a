package dev.laurel.tool.badges.evaluation;

import dev.laurel.tool.badges.rules.Outcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The latest verdict per (badge, learner); a new evaluation of a badge replaces all of its rows at once. */
@Repository
public class Eligibilities {

    private static final TypeReference<Map<String, String>> LEVELS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final JsonMapper mapper;

    public Eligibilities(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.mapper = mapper;
    }

    /** Replaces the badge's verdicts (call inside a transaction). */
    void replace(long badgeId, List<Eligibility> verdicts) {
        jdbc.sql("DELETE FROM badge_eligibility WHERE badge_id = ?").param(badgeId).update();
        jdbcTemplate.batchUpdate("""
                INSERT INTO badge_eligibility (badge_id, user_id, qualifies, levels, explanation, evaluated_at)
                VALUES (?, ?, ?, ?, ?, ?)""",
                verdicts.stream().map(v -> new Object[] {badgeId, v.userId(), v.qualifies(),
                        mapper.writeValueAsString(v.levels()), mapper.writeValueAsString(v.explanation()),
                        OffsetDateTime.ofInstant(v.evaluatedAt(), ZoneOffset.UTC)}).toList());
    }

    /** Every learner's verdict for the badge, by user id. */
    public List<Eligibility> forBadge(long badgeId) {
        return jdbc.sql("SELECT * FROM badge_eligibility WHERE badge_id = ? ORDER BY user_id").param(badgeId)
            .query(this::row).list();
    }

    /** The learners who qualify for the badge now. */
    public List<Eligibility> qualifying(long badgeId) {
        return jdbc.sql("SELECT * FROM badge_eligibility WHERE badge_id = ? AND qualifies = TRUE ORDER BY user_id")
            .param(badgeId).query(this::row).list();
    }

    public Optional<Eligibility> find(long badgeId, String userId) {
        return jdbc.sql("SELECT * FROM badge_eligibility WHERE badge_id = ? AND user_id = ?").params(badgeId, userId)
            .query(this::row).optional();
    }

    private Eligibility row(ResultSet rs, int row) throws SQLException {
        return new Eligibility(rs.getLong("badge_id"), rs.getString("user_id"), rs.getBoolean("qualifies"),
                mapper.readValue(rs.getString("levels"), LEVELS), mapper.readValue(rs.getString("explanation"), Outcome.class),
                rs.getObject("evaluated_at", OffsetDateTime.class).toInstant());
    }
}
