package dev.laurel.tool.badges.issuance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Laurel's gradebook column per course, the comments posted on it, and the posting requests. */
@Repository
class GradebookStore {

    private final JdbcClient jdbc;

    GradebookStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> lineItem(long courseId) {
        return jdbc.sql("SELECT line_item_url FROM badge_gradebook_line_item WHERE course_id = ?").param(courseId)
            .query(String.class).optional();
    }

    /** Keeps the course's column; another instance that stored one first wins. */
    String saveLineItem(long courseId, String url, Instant now) {
        try {
            jdbc.sql("INSERT INTO badge_gradebook_line_item (course_id, line_item_url, created_at) VALUES (?, ?, ?)")
                .params(courseId, url, at(now)).update();
            return url;
        }
        catch (DuplicateKeyException ex) {
            return lineItem(courseId).orElse(url);
        }
    }

    /** The last comment posted to each learner of the course. */
    Map<String, String> comments(long courseId) {
        Map<String, String> comments = new HashMap<>();
        jdbc.sql("SELECT user_id, comment FROM badge_gradebook_comment WHERE course_id = ?").param(courseId)
            .query(rs -> {
                comments.put(rs.getString(1), rs.getString(2));
            });
        return comments;
    }

    void saveComment(long courseId, String userId, String comment, Instant now) {
        if (jdbc.sql("UPDATE badge_gradebook_comment SET comment = ?, posted_at = ? WHERE course_id = ? AND user_id = ?")
            .params(comment, at(now), courseId, userId).update() == 0) {
            try {
                jdbc.sql("INSERT INTO badge_gradebook_comment (course_id, user_id, comment, posted_at) VALUES (?, ?, ?, ?)")
                    .params(courseId, userId, comment, at(now)).update();
            }
            catch (DuplicateKeyException ex) {
                jdbc.sql("UPDATE badge_gradebook_comment SET comment = ?, posted_at = ? WHERE course_id = ? AND user_id = ?")
                    .params(comment, at(now), courseId, userId).update();
            }
        }
    }

    /** Records a new posting request for the course (replacing the last one's figures). */
    void request(long courseId, String actor, Instant now) {
        String update = "UPDATE badge_gradebook_post SET state = 'REQUESTED', requested_by = ?, posted = 0, failed = 0, "
                + "last_error = NULL, requested_at = ?, finished_at = NULL, next_try_at = NULL WHERE course_id = ?";
        if (jdbc.sql(update).params(actor, at(now), courseId).update() == 0) {
            try {
                jdbc.sql("INSERT INTO badge_gradebook_post (course_id, state, requested_by, posted, failed, requested_at) "
                        + "VALUES (?, 'REQUESTED', ?, 0, 0, ?)").params(courseId, actor, at(now)).update();
            }
            catch (DuplicateKeyException ex) {
                jdbc.sql(update).params(actor, at(now), courseId).update();
            }
        }
    }

    void progress(long courseId, String state, int posted, int failed, String lastError, Instant finishedAt) {
        jdbc.sql("UPDATE badge_gradebook_post SET state = ?, posted = ?, failed = ?, last_error = ?, finished_at = ?, "
                + "next_try_at = NULL WHERE course_id = ?")
            .params(state, posted, failed, lastError, finishedAt == null ? null : at(finishedAt), courseId).update();
    }

    /** The posting stopped on an LMS outage and is tried again at {@code nextTry}; its figures stay. */
    void waiting(long courseId, String lastError, Instant nextTry) {
        jdbc.sql("UPDATE badge_gradebook_post SET state = 'WAITING', last_error = ?, next_try_at = ? WHERE course_id = ?")
            .params(lastError, at(nextTry), courseId).update();
    }

    /** The posting stopped for good; its figures stay. */
    void failed(long courseId, String lastError, Instant finishedAt) {
        jdbc.sql("UPDATE badge_gradebook_post SET state = 'FAILED', last_error = ?, finished_at = ?, next_try_at = NULL "
                + "WHERE course_id = ?")
            .params(lastError, at(finishedAt), courseId).update();
    }

    Optional<GradebookPost> post(long courseId) {
        return jdbc.sql("SELECT * FROM badge_gradebook_post WHERE course_id = ?").param(courseId).query(GradebookStore::row).optional();
    }

    private static GradebookPost row(ResultSet rs, int row) throws SQLException {
        return new GradebookPost(rs.getLong("course_id"), rs.getString("state"), rs.getString("requested_by"),
                rs.getInt("posted"), rs.getInt("failed"), rs.getString("last_error"),
                rs.getObject("requested_at", OffsetDateTime.class).toInstant(), instant(rs, "finished_at"),
                instant(rs, "next_try_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
