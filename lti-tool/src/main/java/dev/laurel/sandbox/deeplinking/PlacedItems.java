package dev.laurel.sandbox.deeplinking;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The content items placed in courses by deep linking. */
@Repository
public class PlacedItems {

    private final JdbcClient jdbc;
    private final Clock clock;

    PlacedItems(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    PlacedItem add(long courseId, String clientId, Map<String, Object> item) {
        String type = (String) item.get("type");
        String title = item.get("title") instanceof String t ? t : null;
        String url = item.get("url") instanceof String u ? u : null;
        String json = JSONObjectUtils.toJSONString(item);
        long now = clock.millis();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO placed_content_item (course_id, client_id, item_type, title, url, item_json, placed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""").params(courseId, clientId, type, title, url, json, now).update(keys, "id");
        return new PlacedItem(keys.getKey().longValue(), courseId, clientId, type, title, url, json, now);
    }

    public List<PlacedItem> inCourse(long courseId) {
        return jdbc.sql("SELECT * FROM placed_content_item WHERE course_id = ? ORDER BY id").param(courseId)
                .query((rs, row) -> new PlacedItem(rs.getLong("id"), rs.getLong("course_id"), rs.getString("client_id"),
                        rs.getString("item_type"), rs.getString("title"), rs.getString("url"), rs.getString("item_json"),
                        rs.getLong("placed_at"))).list();
    }
}
