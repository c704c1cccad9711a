package dev.laurel.sandbox.ags;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The newest score per line item and user, from which results are read (AGS §3.3, §3.4). */
@Repository
public class Scores {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Scores(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Optional<Long> timestampOf(long lineItemId, long userId) {
        return jdbc.sql("SELECT score_timestamp FROM score WHERE line_item_id = ? AND user_id = ?")
                .params(lineItemId, userId).query(Long.class).optional();
    }

    /** Stores the score, replacing the user's previous one for this line item. */
    public void put(Score score) {
        jdbc.sql("DELETE FROM score WHERE line_item_id = ? AND user_id = ?").params(score.lineItemId(), score.userId()).update();
        putAll(List.of(score));
    }

    /** Stores many first scores at once (no previous score for these users). */
    public void putAll(List<Score> scores) {
        template.batchUpdate("""
                INSERT INTO score (line_item_id, user_id, score_given, score_maximum, comment, activity_progress,
                  grading_progress, score_timestamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", scores, 500, (ps, score) -> {
            ps.setLong(1, score.lineItemId());
            ps.setLong(2, score.userId());
            ps.setObject(3, score.scoreGiven());
            ps.setObject(4, score.scoreMaximum());
            ps.setString(5, score.comment());
            ps.setString(6, score.activityProgress());
            ps.setString(7, score.gradingProgress());
            ps.setLong(8, score.timestamp());
        });
    }

    /** Up to {@code limit} scores of a line item from position {@code from}, optionally of one user only. */
    public List<Score> page(long lineItemId, Long userId, long from, int limit) {
        String sql = "SELECT * FROM score WHERE line_item_id = ?" + (userId == null ? "" : " AND user_id = ?")
                + " ORDER BY user_id LIMIT ? OFFSET ?";
        List<Object> params = userId == null ? List.of(lineItemId, limit, from) : List.of(lineItemId, userId, limit, from);
        return jdbc.sql(sql).params(params).query((rs, row) -> new Score(rs.getLong("line_item_id"), rs.getLong("user_id"),
                (Double) rs.getObject("score_given", Double.class), (Double) rs.getObject("score_maximum", Double.class),
                rs.getString("comment"), rs.getString("activity_progress"), rs.getString("grading_progress"),
                rs.getLong("score_timestamp"))).list();
    }
}
