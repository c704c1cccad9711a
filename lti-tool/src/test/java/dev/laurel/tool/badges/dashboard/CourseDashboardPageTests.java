package dev.laurel.tool.badges.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.badges.SyncedCourseFixture;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.badge.IssuanceMode;
import dev.laurel.tool.badges.evaluation.BadgeEvaluationService;
import dev.laurel.tool.badges.issuance.BadgeAwards;
import dev.laurel.tool.badges.issuance.BadgeRevocations;
import dev.laurel.tool.badges.issuance.IssuanceCourse;
import dev.laurel.tool.badges.issuance.IssuanceService;
import dev.laurel.tool.badges.issuance.ToolHttp;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.credentials.wallet.LearnerBadge;
import dev.laurel.tool.credentials.wallet.LearnerBadges;
import dev.laurel.tool.launch.LtiContexts;
import dev.laurel.tool.launch.LtiSessionTokens;
import dev.laurel.tool.launch.LtiSessions;
import dev.laurel.tool.lti.LaurelRole;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The course dashboard and its CSV export after issuing, claiming and revoking. */
@ToolTest
@DatabaseTest
class CourseDashboardPageTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Rubrics rubrics;
    @Autowired
    Badges badges;
    @Autowired
    BadgeEvaluationService evaluation;
    @Autowired
    IssuanceService issuance;
    @Autowired
    BadgeAwards awards;
    @Autowired
    BadgeRevocations revocations;
    @Autowired
    LearnerBadges learnerBadges;
    @Autowired
    LtiContexts contexts;
    @Autowired
    LtiSessions sessions;
    @Autowired
    LtiSessionTokens tokens;
    @LocalServerPort
    int port;

    private IssuanceCourse course;
    private IssuanceCourse.Session teacher;

    @BeforeEach
    void issuedClaimedAndRevoked() {
        course = IssuanceCourse.create(jdbc, rubrics, badges, IssuanceMode.MANUAL);
        jdbc.sql("INSERT INTO course_member (sync_id, user_id, status, name, email, roles, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .params(course.fixture.syncId, "eve", "Active", "=HYPERLINK(\"http://evil.example\",\"Eve\")", "eve@students.example",
                    SyncedCourseFixture.LEARNER, OffsetDateTime.now(ZoneOffset.UTC))
            .update();
        course.fixture.result(course.analysis, "eve", 2, 3);
        course.fixture.result(course.writing, "eve", 2, 3);
        evaluation.evaluateCourse(course.courseId());
        issuance.issue(course.courseId(), course.badge.id(), List.of("ada", "bob"), "teacher", "dashboard-run");
        await().atMost(Duration.ofSeconds(60)).until(() -> awards.forBadge(course.badge.id()).size() == 2);
        IssuanceCourse.Session ada = course.launch(contexts, sessions, tokens, "ada", LaurelRole.LEARNER);
        LearnerBadge adaBadge = learnerBadges.all(ada.user(), course.courseId()).get(0);
        learnerBadges.claim(ada.user(), adaBadge);
        revocations.revoke(course.courseId(), course.badge.id(), "bob", "Wrong learner", false, "teacher");
        teacher = course.launch(contexts, sessions, tokens, "teacher", LaurelRole.INSTRUCTOR);
    }

    @Test
    void countsEarnedClaimedRevokedAndQualifyingPerBadgeAndChartsTheCohortPerCriterion() {
        HttpResponse<String> page = new ToolHttp(port).get("/course/" + course.courseId() + "/instructor/dashboard", teacher.token());

        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body().replaceAll("\\s+", " ");
        assertThat(body).contains("data-figure=\"issued\">2<").contains("data-figure=\"claimed\">1<")
            .contains("data-figure=\"revoked\">1<").contains("data-figure=\"qualifying\">1<");
        assertThat(body).contains("<svg").contains("role=\"img\"").contains("<title id=\"chart-title-0\">Where the cohort stands on Report rubric</title>")
            .contains("<desc id=\"chart-desc-0\">");
        // active learners ada, bob, dee, eve: on criterion 0 dee is Developing, eve Proficient, ada Exemplary, bob Proficient
        assertThat(body).contains("<th scope=\"row\">Criterion 0</th> <td>0</td> <td>1</td> <td>2</td> <td>1</td> <td>0</td>");
    }

    @Test
    void csvHasOneRowPerLearnerAndBadgeWithFormulaCellsNeutralised() {
        HttpResponse<String> csv = new ToolHttp(port).get("/course/" + course.courseId() + "/instructor/dashboard.csv", teacher.token());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).contains("attachment"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("user_id,name,email,badge,qualifies,levels,issued_at,claimed_at,revoked_at");
        assertThat(lines).hasSize(1 + 5); // ada, bob, cy, dee, eve for the one badge
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("ada,Name of ada,ada@students.example,Report writer,yes,"
                + "Criterion 0: Exemplary; Criterion 1: Proficient,").matches(".*,\\d{4}-\\d\\d-\\d\\dT[^,]+Z,\\d{4}-[^,]+Z,$"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("bob,").matches(".*,\\d{4}-[^,]+Z,,\\d{4}-[^,]+Z$"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("eve,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Eve\"\")\",")
                .contains(",yes,"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("cy,Name of cy,").contains(",no,"));
    }
}
