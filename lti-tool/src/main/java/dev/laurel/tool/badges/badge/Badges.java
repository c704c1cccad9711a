package dev.laurel.tool.badges.badge;

import dev.laurel.tool.badges.rubric.SkillRef;
import dev.laurel.tool.badges.rules.AwardRule;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The course's badges. Names are unique per course; each badge gets a random public achievement key when it is
 * created, which never changes (credentials point at it).
 */
@Repository
public class Badges {

    private static final String INSERTED_COLUMNS = "course_id, achievement_key, name, rubric_id, issuance_mode, archived, "
            + "definition, created_at, updated_at";
    private static final String COLUMNS = "id, " + INSERTED_COLUMNS;
    private static final char[] KEY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final JdbcClient jdbc;
    private final JsonMapper mapper;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Badges(JdbcClient jdbc, JsonMapper mapper, Clock clock) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The stored part of a badge besides its columns. */
    record Document(String description, String criteriaNarrative, String achievementType, AwardRule rule,
            List<SkillRef> skills, EuDetails eu, Integer validityDays, BadgeDesign design) {
    }

    /**
     * Stores a new badge (its id, key and times are assigned here).
     *
     * @throws BadgeException {@code badge_name_taken}
     */
    public Badge create(Badge draft) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        String key = newKey();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO badge (" + INSERTED_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(draft.courseId(), key, draft.name().strip(), draft.rubricId(), draft.issuanceMode().name(),
                        draft.archived(), json(draft), at(now), at(now))
                .update(keys, "id");
        }
        catch (DuplicateKeyException ex) {
            throw nameTaken(draft.name());
        }
        return new Badge(keys.getKey().longValue(), draft.courseId(), key, draft.name().strip(), draft.description(),
                draft.criteriaNarrative(), draft.achievementType(), draft.rubricId(), draft.rule(), draft.skills(),
                draft.eu(), draft.validityDays(), draft.issuanceMode(), draft.design(), draft.archived(), now, now);
    }

    /**
     * Replaces a badge's details (not its key nor its course); false when it is not a badge of that course.
     *
     * @throws BadgeException {@code badge_name_taken}
     */
    public boolean update(Badge badge) {
        try {
            return jdbc.sql("""
                    UPDATE badge SET name = ?, rubric_id = ?, issuance_mode = ?, archived = ?, definition = ?, updated_at = ?
                    WHERE id = ? AND course_id = ?""")
                .params(badge.name().strip(), badge.rubricId(), badge.issuanceMode().name(), badge.archived(), json(badge),
                        at(clock.instant()), badge.id(), badge.courseId())
                .update() > 0;
        }
        catch (DuplicateKeyException ex) {
            throw nameTaken(badge.name());
        }
    }

    public Optional<Badge> find(long courseId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM badge WHERE id = ? AND course_id = ?").params(id, courseId)
            .query(this::row).optional();
    }

    public Optional<Badge> findByAchievementKey(String achievementKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM badge WHERE achievement_key = ?").param(achievementKey)
            .query(this::row).optional();
    }

    /** The course's badges, archived ones last, by name. */
    public List<Badge> list(long courseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM badge WHERE course_id = ? ORDER BY archived, name").param(courseId)
            .query(this::row).list();
    }

    /** The badges earned on a rubric. */
    public List<Badge> usingRubric(long courseId, long rubricId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM badge WHERE course_id = ? AND rubric_id = ? ORDER BY name")
            .params(courseId, rubricId).query(this::row).list();
    }

    private String newKey() {
        char[] key = new char[16];
        for (int i = 0; i < key.length; i++) {
            key[i] = KEY_ALPHABET[random.nextInt(KEY_ALPHABET.length)];
        }
        return "b-" + new String(key);
    }

    private String json(Badge badge) {
        return mapper.writeValueAsString(new Document(badge.description(), badge.criteriaNarrative(),
                badge.achievementType(), badge.rule(), badge.skills(), badge.eu(), badge.validityDays(), badge.design()));
    }

    private Badge row(ResultSet rs, int row) throws SQLException {
        Document d = mapper.readValue(rs.getString("definition"), Document.class);
        long rubric = rs.getLong("rubric_id");
        return new Badge(rs.getLong("id"), rs.getLong("course_id"), rs.getString("achievement_key"), rs.getString("name"),
                d.description(), d.criteriaNarrative(), d.achievementType(), rs.wasNull() ? null : rubric, d.rule(),
                d.skills(), d.eu(), d.validityDays(), IssuanceMode.valueOf(rs.getString("issuance_mode")), d.design(),
                rs.getBoolean("archived"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static BadgeException nameTaken(String name) {
        return new BadgeException("badge_name_taken",
                "This course already has a badge called \"" + name.strip() + "\"; choose another name.");
    }
}
