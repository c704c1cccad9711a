package dev.laurel.tool.badges.web;

import static dev.laurel.tool.badges.web.InstructorHttp.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.badges.SyncedCourseFixture;
import dev.laurel.tool.badges.TestImages;
import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.BadgeDesign;
import dev.laurel.tool.badges.badge.BadgeImage;
import dev.laurel.tool.badges.badge.BadgeImages;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.badge.EuDetails;
import dev.laurel.tool.badges.badge.IssuanceMode;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.badges.rules.AwardRule;
import dev.laurel.tool.launch.LtiSessionTokens;
import dev.laurel.tool.launch.LtiSessions;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Copying a badge to another course: same registration and taught by the instructor, or refused with a code. */
@ToolTest
@DatabaseTest
class BadgeCopyTests {

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
    BadgeImages images;

    private SyncedCourseFixture source;
    private TestInstructors.Launched teacher;
    private InstructorHttp instructor;
    private Rubric rubric;
    private Badge badge;
    private String base;

    @BeforeEach
    void courses() {
        source = SyncedCourseFixture.create(jdbc, 7);
        rubric = rubrics.create(source.rubric("Report rubric", List.of(source.lineItem("Analysis", 3),
                source.lineItem("Writing", 3))));
        badge = badges.create(new Badge(0, source.courseId, "pending", "Data analyst", "Analyses data", "Proficient twice",
                "MicroCredential", rubric.id(), new AwardRule.AllOf(List.of(new AwardRule.CriterionAtLeast("c0", "proficient"),
                        new AwardRule.CriterionAtLeast("c1", "proficient"))), List.of(),
                new EuDetails(2.0, null, 5, "project", null, "online", "internal", null, null, null, null, null), 365,
                IssuanceMode.AUTO, new BadgeDesign("#aa3300", "book", BadgeImage.PNG), false, null, null));
        images.store(badge.id(), new BadgeImage(BadgeImage.PNG, TestImages.png(16, 16)));
        teacher = new TestInstructors(sessions, tokens).instructor(source);
        instructor = new InstructorHttp(port, teacher);
        base = "/course/" + source.courseId + "/instructor/badges/" + badge.id();
    }

    private SyncedCourseFixture taughtCourse(long registrationId) {
        SyncedCourseFixture course = SyncedCourseFixture.create(jdbc, registrationId);
        course.member(teacher.user().userId(), SyncedCourseFixture.INSTRUCTOR, "Active");
        return course;
    }

    /** The copy form of a badge page. */
    private static String copyForm(HttpResponse<String> page) {
        String body = page.body();
        int start = body.indexOf("data-form=\"copy\"");
        return body.substring(start, body.indexOf("</form>", start));
    }

    @Test
    void copiesTheBadgeItsImageAndItsRubricUnboundIntoACourseOfTheSameRegistrationTheInstructorTeaches() {
        SyncedCourseFixture target = taughtCourse(7);
        HttpResponse<String> page = instructor.get(base);
        assertThat(copyForm(page)).contains("<option value=\"" + target.courseId + "\"");

        HttpResponse<String> copied = instructor.post(base + "/copy", fields("lti_session", InstructorHttp.formToken(page),
                "targetCourseId", target.courseId));

        assertThat(copied.statusCode()).as(copied.body()).isEqualTo(303);
        assertThat(instructor.get(InstructorHttp.location(copied)).body()).contains("Badge copied to");
        Badge copy = badges.list(target.courseId).get(0);
        assertThat(copy.name()).isEqualTo("Data analyst");
        assertThat(copy.achievementKey()).isNotEqualTo(badge.achievementKey());
        assertThat(copy.rule()).isEqualTo(badge.rule());
        assertThat(copy.eu()).isEqualTo(badge.eu());
        assertThat(copy.achievementType()).isEqualTo("MicroCredential");
        assertThat(copy.validityDays()).isEqualTo(365);
        assertThat(copy.issuanceMode()).as("copies start in manual issuance").isEqualTo(IssuanceMode.MANUAL);
        assertThat(images.find(copy.id()).orElseThrow().content()).isEqualTo(images.find(badge.id()).orElseThrow().content());
        Rubric copiedRubric = rubrics.find(target.courseId, copy.rubricId()).orElseThrow();
        assertThat(copiedRubric.name()).isEqualTo("Report rubric");
        assertThat(copiedRubric.criteria()).extracting(RubricCriterion::key).containsExactly("c0", "c1");
        assertThat(copiedRubric.criteria()).extracting(RubricCriterion::lineItemUrl).containsOnlyNulls();
    }

    @Test
    void aCourseOfAnotherRegistrationIsRefusedEvenWhenTheSameUserIdTeachesIt() {
        SyncedCourseFixture elsewhere = taughtCourse(8);
        HttpResponse<String> page = instructor.get(base);
        assertThat(copyForm(page)).doesNotContain("<option value=\"" + elsewhere.courseId + "\"")
            .contains("Courses appear here when");

        HttpResponse<String> refused = instructor.post(base + "/copy", fields("lti_session", InstructorHttp.formToken(page),
                "targetCourseId", elsewhere.courseId));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("data-code=\"" + CopyTargets.OTHER_REGISTRATION + "\"");
        assertThat(badges.list(elsewhere.courseId)).isEmpty();
    }

    @Test
    void aCourseOfTheSameRegistrationTheInstructorDoesNotTeachIsRefused() {
        SyncedCourseFixture notTaught = SyncedCourseFixture.create(jdbc, 7);
        notTaught.member(teacher.user().userId(), SyncedCourseFixture.LEARNER, "Active");
        SyncedCourseFixture leftCourse = SyncedCourseFixture.create(jdbc, 7);
        leftCourse.member(teacher.user().userId(), SyncedCourseFixture.INSTRUCTOR, "Inactive");
        String token = InstructorHttp.formToken(instructor.get(base));

        for (SyncedCourseFixture target : List.of(notTaught, leftCourse)) {
            HttpResponse<String> refused = instructor.post(base + "/copy", fields("lti_session", token,
                    "targetCourseId", target.courseId));
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("data-code=\"" + CopyTargets.NOT_STAFF + "\"");
            assertThat(badges.list(target.courseId)).isEmpty();
        }
    }

    @Test
    void aSecondCopyIsRefusedAsNameTakenAndReusesNothingHalfWay() {
        SyncedCourseFixture target = taughtCourse(7);
        String token = InstructorHttp.formToken(instructor.get(base));
        instructor.post(base + "/copy", fields("lti_session", token, "targetCourseId", target.courseId));

        HttpResponse<String> again = instructor.post(base + "/copy", fields("lti_session", token, "targetCourseId",
                target.courseId));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("data-code=\"badge_name_taken\"");
        assertThat(badges.list(target.courseId)).hasSize(1);
        assertThat(rubrics.list(target.courseId)).hasSize(1);
    }
}
