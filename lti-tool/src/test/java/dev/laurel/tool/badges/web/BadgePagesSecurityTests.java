package dev.laurel.tool.badges.web;

import static dev.laurel.tool.badges.web.InstructorHttp.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.badges.SyncedCourseFixture;
import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.BadgeCourses;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.badge.IssuanceMode;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.badges.rules.AwardRule;
import dev.laurel.tool.launch.LtiSessionTokens;
import dev.laurel.tool.launch.LtiSessions;
import dev.laurel.tool.launch.PlatformServiceClaims;
import dev.laurel.tool.launch.web.LtiAccessDecision;
import dev.laurel.tool.lti.LaurelRole;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who may reach the badge pages, and which forms are accepted: course staff only, with the page's own form token. */
@ToolTest
@DatabaseTest
class BadgePagesSecurityTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LtiSessions sessions;

    @Autowired
    LtiSessionTokens tokens;

    @Autowired
    Rubrics rubrics;

    @Autowired
    Badges badges;

    @Autowired
    BadgeCourses badgeCourses;

    private SyncedCourseFixture course;
    private TestInstructors launches;
    private Rubric rubric;
    private Badge badge;
    private String base;

    @BeforeEach
    void course() {
        course = SyncedCourseFixture.create(jdbc, 7);
        String quiz = course.lineItem("Quiz 1", 10);
        rubric = rubrics.create(course.rubric("Rubric", List.of(quiz)));
        badge = badges.create(new Badge(0, course.courseId, "pending", "Analyst", "", "", "Badge", rubric.id(),
                new AwardRule.AllOf(List.of(new AwardRule.CriterionAtLeast("c0", "proficient"))), List.of(), null, null,
                IssuanceMode.MANUAL, null, false, null, null));
        launches = new TestInstructors(sessions, tokens);
        base = "/course/" + course.courseId + "/instructor/badges";
    }

    private List<String> pages() {
        return List.of(base, base + "/rubrics/new", base + "/rubrics/" + rubric.id(), base + "/new", base + "/" + badge.id());
    }

    private List<String> forms() {
        return List.of(base + "/settings", base + "/rubrics", base + "/rubrics/" + rubric.id(),
                base + "/rubrics/" + rubric.id() + "/delete", base, base + "/" + badge.id(), base + "/" + badge.id() + "/archive",
                base + "/" + badge.id() + "/restore", base + "/" + badge.id() + "/copy");
    }

    @Test
    void learnerGetsInstructorOnlyOnEveryPageAndForm() {
        InstructorHttp learner = new InstructorHttp(port, launches.learner(course));
        String learnerToken = launches.learner(course).token();

        for (String page : pages()) {
            HttpResponse<String> response = learner.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(403);
            assertThat(response.body()).as(page).contains(LtiAccessDecision.INSTRUCTOR_ONLY);
        }
        for (String form : forms()) {
            HttpResponse<String> response = learner.post(form, fields("lti_session", learnerToken, "name", "Hijacked",
                    "enabled", "true", "targetCourseId", "1"));
            assertThat(response.statusCode()).as(form).isEqualTo(403);
            assertThat(response.body()).as(form).contains(LtiAccessDecision.INSTRUCTOR_ONLY);
        }
        assertThat(badges.find(course.courseId, badge.id()).orElseThrow().name()).isEqualTo("Analyst");
        assertThat(badgeCourses.enabled(course.courseId)).isFalse();
    }

    @Test
    void everyFormWithoutOrWithAWrongFormTokenIsRefusedAndChangesNothing() {
        TestInstructors.Launched teacher = launches.instructor(course);
        InstructorHttp instructor = new InstructorHttp(port, teacher);
        String otherSessionsToken = launches.instructor(course).token();

        for (String form : forms()) {
            for (String token : new String[] {null, "forged", otherSessionsToken}) {
                List<InstructorHttp.Field> fields = fields("name", "Changed", "enabled", "true", "sameLevels", "true",
                        "criteria[0].name", "X", "scale[0].name", "L", "scale[0].points", "1", "rubricId", rubric.id(),
                        "rule.criteria[0].criterionKey", "c0", "rule.criteria[0].levelKey", "proficient");
                if (token != null) {
                    fields = new java.util.ArrayList<>(fields);
                    fields.add(InstructorHttp.field("lti_session", token));
                }
                HttpResponse<String> response = instructor.post(form, fields);
                assertThat(response.statusCode()).as(form + " with " + token).isEqualTo(403);
                assertThat(response.body()).as(form).contains(InstructorPages.FORM_TOKEN_INVALID);
            }
        }
        assertThat(badges.list(course.courseId)).extracting(Badge::name, Badge::archived)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Analyst", false));
        assertThat(rubrics.list(course.courseId)).extracting(Rubric::name).containsExactly("Rubric");
        assertThat(badgeCourses.enabled(course.courseId)).isFalse();
    }

    @Test
    void anotherCoursesBadgeOrRubricIdIsNotFoundAndAnotherCoursesUrlIsRefused() {
        SyncedCourseFixture other = SyncedCourseFixture.create(jdbc, 7);
        Rubric otherRubric = rubrics.create(other.rubric("Theirs", List.of(other.lineItem("Quiz", 10))));
        Badge otherBadge = badges.create(new Badge(0, other.courseId, "pending", "Theirs", "", "", "Badge", otherRubric.id(),
                new AwardRule.AllOf(List.of(new AwardRule.CriterionAtLeast("c0", "proficient"))), List.of(), null, null,
                IssuanceMode.MANUAL, null, false, null, null));
        InstructorHttp instructor = new InstructorHttp(port, launches.instructor(course));
        String token = InstructorHttp.formToken(instructor.get(base));

        assertThat(instructor.get(base + "/" + otherBadge.id()).statusCode()).isEqualTo(404);
        assertThat(instructor.get(base + "/rubrics/" + otherRubric.id()).statusCode()).isEqualTo(404);
        assertThat(instructor.post(base + "/" + otherBadge.id() + "/archive", fields("lti_session", token)).statusCode())
            .isEqualTo(404);
        assertThat(instructor.post(base + "/rubrics/" + otherRubric.id() + "/delete", fields("lti_session", token))
            .statusCode()).isEqualTo(404);
        HttpResponse<String> otherCourse = instructor.get("/course/" + other.courseId + "/instructor/badges");
        assertThat(otherCourse.statusCode()).isEqualTo(403);
        assertThat(otherCourse.body()).contains(LtiAccessDecision.OTHER_COURSE);
        assertThat(badges.find(other.courseId, otherBadge.id()).orElseThrow().archived()).isFalse();
        assertThat(rubrics.find(other.courseId, otherRubric.id())).isPresent();
    }

    @Test
    void cookielessSessionKeepsItsTokenInEveryLinkAndItsFormsWork() {
        TestInstructors.Launched teacher = launches.launch(course.registrationId, course.deploymentId, course.contextId,
                "teacher-cookieless", LaurelRole.INSTRUCTOR, true, PlatformServiceClaims.none());
        InstructorHttp instructor = new InstructorHttp(port, teacher);

        HttpResponse<String> hub = instructor.get(base);
        assertThat(hub.statusCode()).isEqualTo(200);
        assertThat(hub.body()).containsPattern("href=\"/course/" + course.courseId + "/instructor/badges/new\\?lti_session=[^\"]+\"")
            .containsPattern("href=\"/course/" + course.courseId + "/instructor/badges/" + badge.id() + "/review\\?lti_session=")
            .containsPattern("href=\"/course/" + course.courseId + "/instructor/dashboard\\?lti_session=")
            .containsPattern("href=\"/course/" + course.courseId + "/instructor/sync\\?lti_session=");

        HttpResponse<String> enabled = instructor.post(base + "/settings", fields("lti_session", InstructorHttp.formToken(hub),
                "enabled", "true"));
        assertThat(enabled.statusCode()).isEqualTo(303);
        assertThat(InstructorHttp.location(enabled)).contains("lti_session=").contains("notice=enabled");
        assertThat(badgeCourses.enabled(course.courseId)).isTrue();

        HttpResponse<String> created = instructor.multipart(base, fields("lti_session",
                InstructorHttp.formToken(instructor.get(base + "/new")), "name", "Made without cookies", "rubricId", rubric.id(),
                "rule.criteria[0].criterionKey", "c0", "rule.criteria[0].levelKey", "proficient"), List.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        assertThat(InstructorHttp.location(created)).contains("lti_session=");
        assertThat(badges.list(course.courseId)).extracting(Badge::name).contains("Made without cookies");

        HttpResponse<String> withoutToken = instructor.post(base + "/settings", fields("enabled", "false"));
        assertThat(withoutToken.statusCode()).isEqualTo(401);
        assertThat(badgeCourses.enabled(course.courseId)).isTrue();
    }

    @Test
    void theInstructorLandingPageLinksTheBadgeHub() {
        InstructorHttp instructor = new InstructorHttp(port, launches.instructor(course));

        assertThat(instructor.get("/course/" + course.courseId + "/instructor").body())
            .contains("href=\"/course/" + course.courseId + "/instructor/badges\"");
    }
}
