package dev.laurel.tool.badges.badge;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The images instructors uploaded for their badges (already checked by {@link BadgeImageCheck}), one per badge. */
@Repository
public class BadgeImages {

    private final JdbcClient jdbc;
    private final Clock clock;

    public BadgeImages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores or replaces the badge's image. */
    public void store(long badgeId, BadgeImage image) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String content = Base64.getEncoder().encodeToString(image.content());
        int updated = jdbc.sql("UPDATE badge_image SET media_type = ?, content = ?, updated_at = ? WHERE badge_id = ?")
            .params(image.mediaType(), content, now, badgeId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO badge_image (badge_id, media_type, content, updated_at) VALUES (?, ?, ?, ?)")
                .params(badgeId, image.mediaType(), content, now).update();
        }
    }

    public Optional<BadgeImage> find(long badgeId) {
        return jdbc.sql("SELECT media_type, content FROM badge_image WHERE badge_id = ?").param(badgeId)
            .query((rs, row) -> new BadgeImage(rs.getString("media_type"), Base64.getDecoder().decode(rs.getString("content"))))
            .optional();
    }

    public void delete(long badgeId) {
        jdbc.sql("DELETE FROM badge_image WHERE badge_id = ?").param(badgeId).update();
    }
}
