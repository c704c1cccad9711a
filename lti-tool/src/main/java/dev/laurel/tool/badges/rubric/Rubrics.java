package dev.laurel.tool.badges.rubric;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The course's rubrics, each stored as a JSON document; names are unique per course. */
@Repository
public class Rubrics {

    private final JdbcClient jdbc;
    private final JsonMapper mapper;
    private final Clock clock;

    public Rubrics(JdbcClient jdbc, JsonMapper mapper, Clock clock) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The stored part of a rubric besides its id, course and name. */
    record Document(String description, List<RubricCriterion> criteria) {
    }

    /**
     * Stores a new rubric.
     *
     * @throws RubricException {@code rubric_invalid} with the problems, or {@code rubric_name_taken}
     */
    public Rubric create(Rubric rubric) {
        check(rubric);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO badge_rubric (course_id, name, definition, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")
                .params(rubric.courseId(), rubric.name().strip(), json(rubric), now, now)
                .update(keys, "id");
        }
        catch (DuplicateKeyException ex) {
            throw RubricException.nameTaken(rubric.name());
        }
        return rubric.withId(keys.getKey().longValue());
    }

    /** Replaces a rubric of the course; false when it does not exist in that course. */
    public boolean update(Rubric rubric) {
        check(rubric);
        try {
            return jdbc.sql("UPDATE badge_rubric SET name = ?, definition = ?, updated_at = ? WHERE id = ? AND course_id = ?")
                .params(rubric.name().strip(), json(rubric), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                        rubric.id(), rubric.courseId())
                .update() > 0;
        }
        catch (DuplicateKeyException ex) {
            throw RubricException.nameTaken(rubric.name());
        }
    }

    public Optional<Rubric> find(long courseId, long id) {
        return jdbc.sql("SELECT id, course_id, name, definition FROM badge_rubric WHERE id = ? AND course_id = ?")
            .params(id, courseId).query(this::row).optional();
    }

    public List<Rubric> list(long courseId) {
        return jdbc.sql("SELECT id, course_id, name, definition FROM badge_rubric WHERE course_id = ? ORDER BY name")
            .param(courseId).query(this::row).list();
    }

    /**
     * Deletes a rubric no badge uses.
     *
     * @throws RubricException {@code rubric_in_use} when a badge is earned on it
     */
    public boolean delete(long courseId, long id) {
        try {
            return jdbc.sql("DELETE FROM badge_rubric WHERE id = ? AND course_id = ?").params(id, courseId).update() > 0;
        }
        catch (DataIntegrityViolationException ex) {
            throw new RubricException("rubric_in_use",
                    "Badges are earned on this rubric; change or delete those badges first.", List.of());
        }
    }

    private static void check(Rubric rubric) {
        List<RubricProblems.Problem> problems = RubricProblems.of(rubric);
        if (!problems.isEmpty()) {
            throw new RubricException("rubric_invalid", "The rubric cannot be saved yet.", problems);
        }
    }

    private String json(Rubric rubric) {
        return mapper.writeValueAsString(new Document(rubric.description(), rubric.criteria()));
    }

    private Rubric row(ResultSet rs, int row) throws SQLException {
        Document document = mapper.readValue(rs.getString("definition"), Document.class);
        return new Rubric(rs.getLong("id"), rs.getLong("course_id"), rs.getString("name"), document.description(),
                document.criteria());
    }
}
