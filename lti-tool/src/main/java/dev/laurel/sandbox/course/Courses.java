package dev.laurel.sandbox.course;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Courses, users, enrolments, resource links and rubric-graded assignments, in the sandbox database. */
@Repository
public class Courses {

    private final JdbcClient jdbc;
    private final Clock clock;

    Courses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Course> find(long courseId) {
        return jdbc.sql("SELECT id, label, title FROM course WHERE id = ?").param(courseId)
                .query((rs, row) -> new Course(rs.getLong("id"), rs.getString("label"), rs.getString("title"))).optional();
    }

    public Optional<Course> findByLabel(String label) {
        return jdbc.sql("SELECT id, label, title FROM course WHERE label = ? ORDER BY id LIMIT 1").param(label)
                .query((rs, row) -> new Course(rs.getLong("id"), rs.getString("label"), rs.getString("title"))).optional();
    }

    public Optional<SandboxUser> findUser(long userId) {
        return jdbc.sql("SELECT * FROM sandbox_user WHERE id = ?").param(userId).query(Courses::user).optional();
    }

    /** The site administrator (the LMS admin the sandbox launches as). */
    public Optional<SandboxUser> siteAdmin() {
        return jdbc.sql("SELECT * FROM sandbox_user WHERE site_admin = TRUE ORDER BY id LIMIT 1").query(Courses::user).optional();
    }

    public Optional<Member> member(long courseId, long userId) {
        return jdbc.sql("""
                SELECT u.*, e.role, e.status, e.updated_at FROM enrolment e JOIN sandbox_user u ON u.id = e.user_id
                WHERE e.course_id = ? AND e.user_id = ?""").params(courseId, userId).query(Courses::member).optional();
    }

    /** Every member of a course, instructors first, then by name. */
    public List<Member> members(long courseId) {
        return jdbc.sql("""
                SELECT u.*, e.role, e.status, e.updated_at FROM enrolment e JOIN sandbox_user u ON u.id = e.user_id
                WHERE e.course_id = ? ORDER BY e.role, u.family_name, u.given_name, u.id""").param(courseId)
                .query(Courses::member).list();
    }

    public boolean hasResourceLink(long courseId, String resourceLinkId) {
        return jdbc.sql("SELECT COUNT(*) FROM resource_link WHERE course_id = ? AND id = ?").params(courseId, resourceLinkId)
                .query(Long.class).single() > 0;
    }

    public List<Assignment> assignments(long courseId) {
        return jdbc.sql("SELECT id, title, position FROM assignment WHERE course_id = ? ORDER BY position, id").param(courseId)
                .query((rs, row) -> new Assignment(rs.getLong("id"), courseId, rs.getString("title"), rs.getInt("position"), null))
                .list().stream().map(a -> new Assignment(a.id(), courseId, a.title(), a.position(), rubric(a.id()))).toList();
    }

    /** The points each criterion got for a user, in rubric order; empty when the user is not graded. */
    public List<Integer> rubricGrade(Assignment assignment, long userId) {
        List<Integer> points = new ArrayList<>();
        for (Rubric.Criterion criterion : assignment.rubric().criteria()) {
            jdbc.sql("SELECT points FROM rubric_grade WHERE assignment_id = ? AND criterion_key = ? AND user_id = ?")
                    .params(assignment.id(), criterion.key(), userId).query(Integer.class).optional().ifPresent(points::add);
        }
        return points.size() == assignment.rubric().criteria().size() ? points : List.of();
    }

    private Rubric rubric(long assignmentId) {
        List<Rubric.Level> levels = jdbc.sql("SELECT name, points FROM rubric_level WHERE assignment_id = ? ORDER BY position")
                .param(assignmentId).query((rs, row) -> new Rubric.Level(rs.getString("name"), rs.getInt("points"))).list();
        List<Rubric.Criterion> criteria = jdbc.sql("""
                SELECT criterion_key, title, description FROM rubric_criterion WHERE assignment_id = ? ORDER BY position""")
                .param(assignmentId).query((rs, row) -> new Rubric.Criterion(rs.getString("criterion_key"),
                        rs.getString("title"), rs.getString("description"))).list();
        return new Rubric(levels, criteria);
    }

    public long addCourse(String label, String title) {
        long id = insert(jdbc.sql("INSERT INTO course (label, title) VALUES (?, ?)").params(label, title));
        jdbc.sql("INSERT INTO resource_link (id, course_id, title) VALUES (?, ?, 'Laurel')").params("laurel-" + id, id).update();
        return id;
    }

    /** Adds a resource link (an activity placed in the course, e.g. by deep linking). */
    public void addResourceLink(long courseId, String resourceLinkId, String title) {
        jdbc.sql("INSERT INTO resource_link (id, course_id, title) VALUES (?, ?, ?)").params(resourceLinkId, courseId, title).update();
    }

    public long addUser(String givenName, String familyName, String email, boolean siteAdmin) {
        return insert(jdbc.sql("INSERT INTO sandbox_user (given_name, family_name, email, site_admin) VALUES (?, ?, ?, ?)")
                .params(givenName, familyName, email, siteAdmin));
    }

    /** Enrols a user, or changes the enrolment's role and status; the change time feeds NRPS differences. */
    public void enrol(long courseId, long userId, CourseRole role, String status) {
        int updated = jdbc.sql("UPDATE enrolment SET role = ?, status = ?, updated_at = ? WHERE course_id = ? AND user_id = ?")
                .params(role.name(), status, clock.millis(), courseId, userId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO enrolment (course_id, user_id, role, status, updated_at) VALUES (?, ?, ?, ?, ?)")
                    .params(courseId, userId, role.name(), status, clock.millis()).update();
        }
    }

    public long addAssignment(long courseId, String title, int position, Rubric rubric) {
        long id = insert(jdbc.sql("INSERT INTO assignment (course_id, title, position) VALUES (?, ?, ?)")
                .params(courseId, title, position));
        for (int i = 0; i < rubric.levels().size(); i++) {
            jdbc.sql("INSERT INTO rubric_level (assignment_id, position, name, points) VALUES (?, ?, ?, ?)")
                    .params(id, i, rubric.levels().get(i).name(), rubric.levels().get(i).points()).update();
        }
        for (int i = 0; i < rubric.criteria().size(); i++) {
            Rubric.Criterion criterion = rubric.criteria().get(i);
            jdbc.sql("""
                    INSERT INTO rubric_criterion (assignment_id, criterion_key, title, description, position)
                    VALUES (?, ?, ?, ?, ?)""").params(id, criterion.key(), criterion.title(), criterion.description(), i).update();
        }
        return id;
    }

    public void gradeCriterion(long assignmentId, String criterionKey, long userId, int points) {
        jdbc.sql("DELETE FROM rubric_grade WHERE assignment_id = ? AND criterion_key = ? AND user_id = ?")
                .params(assignmentId, criterionKey, userId).update();
        jdbc.sql("INSERT INTO rubric_grade (assignment_id, criterion_key, user_id, points) VALUES (?, ?, ?, ?)")
                .params(assignmentId, criterionKey, userId, points).update();
    }

    private static long insert(JdbcClient.StatementSpec statement) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        statement.update(keys, "id");
        return keys.getKey().longValue();
    }

    static SandboxUser user(ResultSet rs, int row) throws SQLException {
        return new SandboxUser(rs.getLong("id"), rs.getString("given_name"), rs.getString("family_name"),
                rs.getString("email"), rs.getBoolean("site_admin"));
    }

    private static Member member(ResultSet rs, int row) throws SQLException {
        return new Member(user(rs, row), CourseRole.valueOf(rs.getString("role")), rs.getString("status"),
                rs.getLong("updated_at"));
    }
}
