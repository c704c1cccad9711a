package dev.laurel.sandbox.nrps;

import dev.laurel.sandbox.course.Course;
import dev.laurel.sandbox.course.CourseRole;
import dev.laurel.sandbox.course.Courses;
import dev.laurel.sandbox.course.Member;
import dev.laurel.sandbox.course.SandboxUser;
import dev.laurel.sandbox.platform.Lti;
import dev.laurel.sandbox.platform.ServiceProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads a course's memberships for NRPS (<a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#membership-container-media-type">NRPS §2.2</a>). */
@Service
public class Memberships {

    private final JdbcClient jdbc;
    private final Courses courses;

    Memberships(JdbcClient jdbc, Courses courses) {
        this.jdbc = jdbc;
        this.courses = courses;
    }

    public Course course(long courseId, String resourceLinkId) {
        Course course = courses.find(courseId)
                .orElseThrow(() -> new ServiceProblem(404, "course_not_found", "no course " + courseId));
        // NRPS §2.4.1: rlid names a resource link of this context
        if (resourceLinkId != null && !courses.hasResourceLink(courseId, resourceLinkId)) {
            throw new ServiceProblem(404, "resource_link_not_found", "no resource link " + resourceLinkId + " in this course");
        }
        return course;
    }

    /** The NRPS role filter: a full role URI or a context role's short name (NRPS §2.4.3). */
    public static CourseRole role(String value) {
        if (value == null) {
            return null;
        }
        for (CourseRole role : CourseRole.values()) {
            String shortName = role.name().charAt(0) + role.name().substring(1).toLowerCase(Locale.ROOT);
            if (value.equals(role.uri()) || value.equals(shortName)) {
                return role;
            }
        }
        throw new ServiceProblem(400, "role_unknown", "role must be a context role URI, e.g. " + Lti.ROLE_LEARNER);
    }

    /** One page of members, ordered by user id. */
    public List<Member> page(MembershipQuery query) {
        StringBuilder sql = new StringBuilder("""
                SELECT u.*, e.role, e.status, e.updated_at FROM enrolment e JOIN sandbox_user u ON u.id = e.user_id
                WHERE e.course_id = ?""");
        List<Object> params = new ArrayList<>(List.of(query.courseId()));
        if (query.role() != null) {
            sql.append(" AND e.role = ?");
            params.add(query.role().name());
        }
        if (query.since() != null) {
            sql.append(" AND e.updated_at >= ?");
            params.add(query.since());
        }
        sql.append(" ORDER BY e.user_id LIMIT ? OFFSET ?");
        params.add(query.limit());
        params.add(query.from());
        return jdbc.sql(sql.toString()).params(params).query((rs, row) -> new Member(
                new SandboxUser(rs.getLong("id"), rs.getString("given_name"), rs.getString("family_name"),
                        rs.getString("email"), rs.getBoolean("site_admin")),
                CourseRole.valueOf(rs.getString("role")), rs.getString("status"), rs.getLong("updated_at"))).list();
    }
}
