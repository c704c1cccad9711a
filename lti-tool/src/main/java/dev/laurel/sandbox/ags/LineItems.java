package dev.laurel.sandbox.ags;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The line items of the sandbox's courses. */
@Repository
public class LineItems {

    /** Filters of a line item list (AGS §3.2.5); {@code null} means no filter. */
    public record Filter(String resourceLinkId, String resourceId, String tag) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    LineItems(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LineItem add(LineItem item) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO line_item (course_id, label, score_maximum, resource_id, resource_link_id, tag,
                  start_date_time, end_date_time, grades_released, owner_client_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(item.courseId(), item.label(), item.scoreMaximum(), item.resourceId(), item.resourceLinkId(),
                        item.tag(), item.startDateTime(), item.endDateTime(), item.gradesReleased(), item.ownerClientId(),
                        clock.millis())
                .update(keys, "id");
        return item.withId(keys.getKey().longValue());
    }

    public void update(LineItem item) {
        jdbc.sql("""
                UPDATE line_item SET label = ?, score_maximum = ?, resource_id = ?, resource_link_id = ?, tag = ?,
                  start_date_time = ?, end_date_time = ?, grades_released = ? WHERE id = ? AND course_id = ?""")
                .params(item.label(), item.scoreMaximum(), item.resourceId(), item.resourceLinkId(), item.tag(),
                        item.startDateTime(), item.endDateTime(), item.gradesReleased(), item.id(), item.courseId())
                .update();
    }

    public void delete(LineItem item) {
        jdbc.sql("DELETE FROM score WHERE line_item_id = ?").param(item.id()).update();
        jdbc.sql("DELETE FROM line_item WHERE id = ?").param(item.id()).update();
    }

    public Optional<LineItem> find(long courseId, long lineItemId) {
        return jdbc.sql("SELECT * FROM line_item WHERE id = ? AND course_id = ?").params(lineItemId, courseId)
                .query(LineItems::map).optional();
    }

    /** Up to {@code limit} line items from position {@code from}, in creation order. */
    public List<LineItem> page(long courseId, Filter filter, long from, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM line_item WHERE course_id = ?");
        List<Object> params = new ArrayList<>(List.of(courseId));
        condition(sql, params, "resource_link_id", filter.resourceLinkId());
        condition(sql, params, "resource_id", filter.resourceId());
        condition(sql, params, "tag", filter.tag());
        sql.append(" ORDER BY id LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(from);
        return jdbc.sql(sql.toString()).params(params).query(LineItems::map).list();
    }

    private static void condition(StringBuilder sql, List<Object> params, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static LineItem map(ResultSet rs, int row) throws SQLException {
        Object released = rs.getObject("grades_released");
        return new LineItem(rs.getLong("id"), rs.getLong("course_id"), rs.getString("label"), rs.getDouble("score_maximum"),
                rs.getString("resource_id"), rs.getString("resource_link_id"), rs.getString("tag"),
                rs.getString("start_date_time"), rs.getString("end_date_time"),
                released == null ? null : rs.getBoolean("grades_released"), rs.getString("owner_client_id"));
    }
}
