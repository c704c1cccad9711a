package dev.laurel.tool.badges.issuance;

import dev.laurel.tool.badges.SyncedCourseFixture;
import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.badge.EuDetails;
import dev.laurel.tool.badges.badge.IssuanceMode;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.badges.rubric.SkillRef;
import dev.laurel.tool.badges.rules.AwardRule;
import dev.laurel.tool.launch.LtiContexts;
import dev.laurel.tool.launch.LtiLaunchMessage;
import dev.laurel.tool.launch.LtiSessionTokens;
import dev.laurel.tool.launch.LtiSessions;
import dev.laurel.tool.launch.LtiUser;
import dev.laurel.tool.lti.LaurelRole;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A synced course ready for issuance: ada and bob qualify (Proficient or better on both criteria), cy qualifies on
 * grades but left the course, dee is below the rule; a rubric on the two line items and a badge on it.
 */
public final class IssuanceCourse {

    private static final AtomicLong REGISTRATIONS = new AtomicLong(9_000 + (System.nanoTime() & 0xffff) * 16);

    public final SyncedCourseFixture fixture;
    public final String analysis;
    public final String writing;
    public final Rubric rubric;
    public final Badge badge;

    private IssuanceCourse(SyncedCourseFixture fixture, String analysis, String writing, Rubric rubric, Badge badge) {
        this.fixture = fixture;
        this.analysis = analysis;
        this.writing = writing;
        this.rubric = rubric;
        this.badge = badge;
    }

    public static IssuanceCourse create(JdbcClient jdbc, Rubrics rubrics, Badges badges, IssuanceMode mode) {
        SyncedCourseFixture course = SyncedCourseFixture.create(jdbc, REGISTRATIONS.incrementAndGet());
        String analysis = course.lineItem("Report – Analysis", 3);
        String writing = course.lineItem("Report – Writing", 3);
        course.member("teacher", SyncedCourseFixture.INSTRUCTOR, "Active");
        for (String learner : List.of("ada", "bob", "cy", "dee")) {
            course.member(learner, SyncedCourseFixture.LEARNER, "cy".equals(learner) ? "Inactive" : "Active");
        }
        course.result(analysis, "ada", 3, 3);
        course.result(writing, "ada", 2, 3);
        course.result(analysis, "bob", 2, 3);
        course.result(writing, "bob", 3, 3);
        course.result(analysis, "cy", 3, 3);
        course.result(writing, "cy", 3, 3);
        course.result(analysis, "dee", 1, 3);
        course.result(writing, "dee", 3, 3);
        Rubric rubric = rubrics.create(course.rubric("Report rubric", List.of(analysis, writing)));
        Badge badge = badges.create(new Badge(0, course.courseId, "pending", "Report writer", "Writes clear data reports.",
                "Proficient or better on every criterion of the report rubric.", "Badge", rubric.id(),
                AwardRule.everyCriterionAtLeast(rubric, "Proficient"),
                List.of(new SkillRef("http://data.europa.eu/esco/skill/abc", "write reports", "ESCO")),
                new EuDetails(1.0, 25.0, 5, "project", null, "online", "internal", null, null, null, null, null),
                365, mode, null, false, null, null));
        return new IssuanceCourse(course, analysis, writing, rubric, badge);
    }

    public long courseId() {
        return fixture.courseId;
    }

    /** A launched session in this course: its user and the token its links and forms carry. */
    public record Session(LtiUser user, String token) {
    }

    public Session launch(LtiContexts contexts, LtiSessions sessions, LtiSessionTokens tokens, String sub, LaurelRole role) {
        LtiUser user = new LtiUser(fixture.registrationId, fixture.deploymentId, fixture.contextId, "Fixture course", sub,
                "Name of " + sub, sub + "@example.edu", Set.of(role), null);
        LtiLaunchMessage message = new LtiLaunchMessage(user, "LtiResourceLinkRequest", "FIX101", null);
        contexts.record(message);
        return new Session(user, tokens.issue(sessions.create(message, true)));
    }
}
