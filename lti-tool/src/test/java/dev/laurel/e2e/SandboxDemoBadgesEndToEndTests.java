package dev.laurel.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.laurel.sandbox.course.Assignment;
import dev.laurel.sandbox.course.Course;
import dev.laurel.sandbox.course.Courses;
import dev.laurel.sandbox.course.Member;
import dev.laurel.sandbox.course.CourseRole;
import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.BadgeCourses;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.evaluation.Eligibilities;
import dev.laurel.tool.badges.evaluation.Eligibility;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.launch.LtiContext;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in sandbox course's ready badges: after its first sync over real HTTP, one rubric and one badge per
 * rubric-graded assignment exist, and exactly the students whose rubric levels are Proficient or better on every
 * criterion of the assignment qualify.
 */
@DatabaseTest
class SandboxDemoBadgesEndToEndTests {

    static LiveLms live;

    @BeforeAll
    static void start() {
        live = LiveLms.startAsBuiltInSandbox();
    }

    @AfterAll
    static void stop() {
        live.close();
    }

    @Test
    void firstSyncOfTheSandboxCourseCreatesOneBadgePerAssignmentAndQualifiesExactlyTheProficientStudents() {
        LmsSession instructor = new LmsSession();
        instructor.launch(live.sandboxUrl + "/launch/instructor");
        LtiContext course = live.demoCourse();
        live.syncAndAwait(course);

        Courses sandboxCourses = live.sandbox.getBean(Courses.class);
        Course sandboxCourse = sandboxCourses.findByLabel("DAF101").orElseThrow();
        List<Assignment> assignments = sandboxCourses.assignments(sandboxCourse.id());
        Eligibilities eligibilities = live.tool.getBean(Eligibilities.class);
        // the sync shows as completed first; the demo badges and their evaluation follow its completion event
        List<Badge> badges = await("the demo badges, evaluated").atMost(Duration.ofMinutes(1))
            .pollInterval(Duration.ofMillis(250))
            .until(() -> live.tool.getBean(Badges.class).list(course.id()), found -> found.size() == assignments.size()
                    && found.stream().allMatch(badge -> eligibilities.forBadge(badge.id()).size() == 24));
        assertThat(live.tool.getBean(BadgeCourses.class).enabled(course.id())).isTrue();
        assertThat(badges).extracting(Badge::name)
            .containsExactlyInAnyOrderElementsOf(assignments.stream().map(Assignment::title).toList());
        List<Rubric> rubrics = live.tool.getBean(Rubrics.class).list(course.id());
        assertThat(rubrics).hasSize(assignments.size()).allSatisfy(rubric -> assertThat(rubric.criteria())
            .allSatisfy(criterion -> assertThat(criterion.lineItemUrl()).isNotNull()));

        for (Assignment assignment : assignments) {
            Badge badge = badges.stream().filter(b -> b.name().equals(assignment.title())).findFirst().orElseThrow();
            Set<String> expected = proficientEverywhere(sandboxCourses, sandboxCourse, assignment);
            assertThat(expected).hasSize(8);
            assertThat(eligibilities.qualifying(badge.id())).extracting(Eligibility::userId)
                .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(eligibilities.forBadge(badge.id())).hasSize(24);
        }
    }

    /** The LTI subjects of the students the sandbox graded Proficient (2) or better on every criterion. */
    private static Set<String> proficientEverywhere(Courses courses, Course course, Assignment assignment) {
        return courses.members(course.id()).stream()
            .filter(member -> member.role() == CourseRole.LEARNER)
            .filter(member -> courses.rubricGrade(assignment, member.user().id()).stream().allMatch(points -> points != null && points >= 2))
            .map(member -> member.user().subject())
            .collect(Collectors.toSet());
    }
}
