package dev.laurel.sandbox.launch;

import dev.laurel.sandbox.course.Assignment;
import dev.laurel.sandbox.course.Course;
import dev.laurel.sandbox.course.CourseRole;
import dev.laurel.sandbox.course.Courses;
import dev.laurel.sandbox.course.Member;
import dev.laurel.sandbox.course.SandboxUser;
import dev.laurel.sandbox.platform.Lti;
import dev.laurel.sandbox.platform.ServiceProblem;
import dev.laurel.sandbox.registration.ToolRegistration;
import dev.laurel.sandbox.registration.ToolRegistrations;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What the sandbox's course pages show: the demo course, its people and assignments, and launches into the tool. */
@Service
public class LmsPages {

    /** The demo course's label; the LMS home shows this course. */
    public static final String DEMO_COURSE_LABEL = "DAF101";

    /** A course page with its participants and assignments. */
    public record CoursePage(Course course, List<Member> members, List<Assignment> assignments,
            Optional<ToolRegistration> tool) {

        public List<Member> learners() {
            return members.stream().filter(m -> m.role() == CourseRole.LEARNER).toList();
        }

        public List<Member> instructors() {
            return members.stream().filter(m -> m.role() == CourseRole.INSTRUCTOR).toList();
        }
    }

    /** A launch of the tool in the course page's frame; {@code loginUrl} is empty when no tool is registered. */
    public record Launch(CoursePage page, SandboxUser user, LaunchRole role, String messageType, Optional<String> loginUrl) {

        public boolean deepLinking() {
            return Lti.DEEP_LINKING_REQUEST.equals(messageType);
        }
    }

    private final Courses courses;
    private final ToolRegistrations registrations;
    private final LoginInitiation loginInitiation;

    LmsPages(Courses courses, ToolRegistrations registrations, LoginInitiation loginInitiation) {
        this.courses = courses;
        this.registrations = registrations;
        this.loginInitiation = loginInitiation;
    }

    public CoursePage demoCourse() {
        Course course = courses.findByLabel(DEMO_COURSE_LABEL)
                .orElseThrow(() -> new ServiceProblem(404, "course_not_found", "the demo course is not there"));
        return new CoursePage(course, courses.members(course.id()), courses.assignments(course.id()), registrations.current());
    }

    /** A launch of the demo course's Laurel activity as {@code role}; {@code learnerId} picks a student. */
    public Launch launch(LaunchRole role, Long learnerId, String messageType) {
        CoursePage page = demoCourse();
        SandboxUser user = switch (role) {
            case admin -> courses.siteAdmin().orElseThrow(() -> new ServiceProblem(404, "admin_not_found", "no site admin"));
            case instructor -> page.instructors().get(0).user();
            case learner -> page.learners().stream().filter(m -> learnerId == null || m.user().id() == learnerId)
                    .findFirst().orElseThrow(() -> new ServiceProblem(404, "learner_not_found", "no such student in the course"))
                    .user();
        };
        Optional<String> url = page.tool().filter(tool -> tool.supportsMessage(messageType))
                .map(tool -> loginInitiation.url(tool, page.course(), user.id(), role, messageType));
        return new Launch(page, user, role, messageType, url);
    }
}
