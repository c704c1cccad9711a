package dev.laurel.tool.credentials.issuing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code Achievement} documents served at their id URLs, as last issued. */
@Component
public class PublishedAchievements {

    private final JdbcClient jdbc;

    public PublishedAchievements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void publish(String achievementKey, String issuerSlug, String document, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE published_achievement SET document = :doc, issuer_slug = :slug, updated_at = :at WHERE achievement_key = :key")
            .param("doc", document).param("slug", issuerSlug).param("at", at).param("key", achievementKey).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO published_achievement (achievement_key, issuer_slug, document, updated_at) VALUES (:key, :slug, :doc, :at)")
                .param("key", achievementKey).param("slug", issuerSlug).param("doc", document).param("at", at).update();
        }
    }

    /** The achievement's JSON, if it was ever issued. */
    public Optional<String> find(String achievementKey) {
        return jdbc.sql("SELECT document FROM published_achievement WHERE achievement_key = :key")
            .param("key", achievementKey).query(String.class).optional();
    }
}
