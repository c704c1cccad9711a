package dev.laurel.tool.badges.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.badges.SyncedCourseFixture;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.badge.IssuanceMode;
import dev.laurel.tool.badges.evaluation.BadgeEvaluationService;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.credentials.issuing.IssuedCredentialStore;
import dev.laurel.tool.credentials.wallet.LearnerRecipients;
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

/** The review page, issuing and revoking over HTTP, and who may use them. */
@ToolTest
@DatabaseTest
class BadgeReviewPageTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Rubrics rubrics;
    @Autowired
    Badges badges;
    @Autowired
    BadgeEvaluationService evaluation;
    @Autowired
    IssuanceRuns runs;
    @Autowired
    BadgeAwards awards;
    @Autowired
    IssuedCredentialStore credentials;
    @Autowired
    LtiContexts contexts;
    @Autowired
    LtiSessions sessions;
    @Autowired
    LtiSessionTokens tokens;
    @LocalServerPort
    int port;

    private ToolHttp http;
    private IssuanceCourse course;
    private IssuanceCourse.Session teacher;
    private IssuanceCourse.Session learner;
    private String review;

    @BeforeEach
    void launchedCourse() {
        http = new ToolHttp(port);
        course = IssuanceCourse.create(jdbc, rubrics, badges, IssuanceMode.MANUAL);
        jdbc.sql("INSERT INTO course_member (sync_id, user_id, status, name, email, roles, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .params(course.fixture.syncId, "eve", "Active", "<script>alert(1)</script>", "eve@students.example",
                    SyncedCourseFixture.LEARNER, OffsetDateTime.now(ZoneOffset.UTC))
            .update();
        evaluation.evaluateCourse(course.courseId());
        teacher = course.launch(contexts, sessions, tokens, "teacher", LaurelRole.INSTRUCTOR);
        learner = course.launch(contexts, sessions, tokens, "ada", LaurelRole.LEARNER);
        review = "/course/" + course.courseId() + "/instructor/badges/" + course.badge.id() + "/review";
    }

    @Test
    void reviewShowsWhoQualifiesWhyAndWhoLeftWithOnlyQualifyingLearnersSelectable() {
        HttpResponse<String> page = http.get(review, teacher.token());

        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("data-user=\"ada\" data-status=\"QUALIFIES\"").contains("data-user=\"bob\" data-status=\"QUALIFIES\"")
            .contains("data-user=\"cy\" data-status=\"LEFT_COURSE\"").contains("data-user=\"dee\" data-status=\"NOT_YET\"");
        assertThat(body).contains("value=\"ada\"").contains("value=\"bob\"").doesNotContain("value=\"cy\"").doesNotContain("value=\"dee\"");
        assertThat(body).contains("Criterion 0 at least Proficient: reached Developing.").contains("Missing:");
        assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void aDoubleSubmitLandsOnTheSameRunAndIssuesOneCredentialPerLearner() {
        String formToken = formToken(http.get(review, teacher.token()).body());
        String[] form = {"lti_session", formToken, "request", "0b7a4c1e-double-submit", "user", "ada", "user", "bob", "user", "cy"};

        HttpResponse<String> first = http.post(review, teacher.token(), form);
        HttpResponse<String> second = http.post(review, teacher.token(), form);

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(second.statusCode()).isEqualTo(303);
        String location = first.headers().firstValue("Location").orElseThrow();
        // the same run; the session token in the address is issued afresh, so it may differ once a second has passed
        assertThat(second.headers().firstValue("Location").orElseThrow().replaceAll("\\?.*", ""))
            .isEqualTo(location.replaceAll("\\?.*", ""));
        assertThat(location).matches(".*/course/" + course.courseId() + "/instructor/issuance/\\d+.*");
        long runId = Long.parseLong(location.replaceAll(".*/issuance/(\\d+).*", "$1"));
        await().atMost(Duration.ofSeconds(60)).until(() -> runs.find(runId).orElseThrow().state() == IssuanceRunState.COMPLETED);
        assertThat(runs.find(runId).orElseThrow().total()).isEqualTo(2); // cy left the course: not in the run
        for (String user : List.of("ada", "bob")) {
            assertThat(credentials.count(course.badge.achievementKey(), LearnerRecipients.stableId(course.fixture.registrationId, user)))
                .isEqualTo(1);
        }
        HttpResponse<String> progress = http.get("/course/" + course.courseId() + "/instructor/issuance/" + runId, teacher.token());
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(progress.body()).contains("data-state=\"COMPLETED\"").contains("role=\"progressbar\"").contains("aria-valuenow=\"100\"");
    }

    @Test
    void rejectsIssueAndRevokeWithAMissingOrForeignFormToken() {
        String foreign = tokens.issue("another-session-id");

        for (String[] form : List.of(new String[] {"all", "true"}, new String[] {"lti_session", foreign, "all", "true"})) {
            HttpResponse<String> rejected = http.post(review, teacher.token(), form);
            assertThat(rejected.statusCode()).isEqualTo(403);
            assertThat(rejected.body()).contains("issuance_form_token_invalid");
        }
        HttpResponse<String> revoke = http.post(review.replace("/review", "/revoke"), teacher.token(), "user", "ada", "reason", "x");
        assertThat(revoke.statusCode()).isEqualTo(403);
        assertThat(revoke.body()).contains("issuance_form_token_invalid");
        assertThat(runs.recent(course.courseId(), 10)).isEmpty();
    }

    @Test
    void revokingFromTheReviewPageNeedsAReason() {
        String formToken = formToken(http.get(review, teacher.token()).body());
        http.post(review, teacher.token(), "lti_session", formToken, "request", "issue-ada-first", "user", "ada");
        await().atMost(Duration.ofSeconds(60)).until(() -> awards.find(course.badge.id(), "ada").isPresent());

        HttpResponse<String> withoutReason = http.post(review.replace("/review", "/revoke"), teacher.token(),
                "lti_session", formToken, "user", "ada", "reason", "  ");
        HttpResponse<String> revoked = http.post(review.replace("/review", "/revoke"), teacher.token(),
                "lti_session", formToken, "user", "ada", "reason", "Copied the report");

        assertThat(withoutReason.statusCode()).isEqualTo(400);
        assertThat(withoutReason.body()).contains("reason_required");
        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(awards.find(course.badge.id(), "ada").orElseThrow().revokeReason()).isEqualTo("Copied the report");
        // ada's grades still qualify: she is shown as qualifying again, with the revocation, and can be selected
        String after = http.get(review, teacher.token()).body();
        assertThat(after).contains("data-user=\"ada\" data-status=\"QUALIFIES_AGAIN\"").contains("Copied the report")
            .contains("qualifies again: select to issue a new credential").contains("value=\"ada\"")
            .contains("data-count=\"QUALIFIES_AGAIN\">1<");
    }

    @Test
    void aRevokedLearnerIsIssuedAgainFromTheReviewPageOnlyWhenSelected() {
        String formToken = formToken(http.get(review, teacher.token()).body());
        http.post(review, teacher.token(), "lti_session", formToken, "request", "issue-ada-once", "user", "ada");
        await().atMost(Duration.ofSeconds(60)).until(() -> awards.active(course.badge.id(), "ada").isPresent());
        http.post(review.replace("/review", "/revoke"), teacher.token(), "lti_session", formToken, "user", "ada",
                "reason", "Wrong report marked", "status", "qualifies", "page", "1");

        HttpResponse<String> toAll = http.post(review, teacher.token(), "lti_session", formToken, "request", "all-after-revoke",
                "all", "true");
        long allRun = runId(toAll);
        await().atMost(Duration.ofSeconds(60)).until(() -> runs.find(allRun).orElseThrow().state() == IssuanceRunState.COMPLETED);
        assertThat(runs.items(allRun, IssuanceItem.ISSUED, 10)).extracting(IssuanceItem::userId).containsExactly("bob");

        HttpResponse<String> selected = http.post(review, teacher.token(), "lti_session", formToken, "request", "ada-again",
                "user", "ada");
        long adaRun = runId(selected);
        await().atMost(Duration.ofSeconds(60)).until(() -> runs.find(adaRun).orElseThrow().state() == IssuanceRunState.COMPLETED);

        assertThat(runs.find(adaRun).orElseThrow().issued()).isEqualTo(1);
        assertThat(credentials.count(course.badge.achievementKey(), LearnerRecipients.stableId(course.fixture.registrationId, "ada")))
            .isEqualTo(2);
        String page = http.get(review, teacher.token()).body();
        assertThat(page).contains("data-user=\"ada\" data-status=\"ISSUED\"")
            .contains("Issued again; an earlier credential was revoked").contains("Wrong report marked");
    }

    @Test
    void reviewPagesFiftyLearnersAtATimeFiltersByStatusAndIssuingToAllQualifyingCoversEveryPage() {
        for (int i = 1; i <= 110; i++) {
            String learner = String.format("q%03d", i);
            course.fixture.member(learner, SyncedCourseFixture.LEARNER, "Active");
            course.fixture.result(course.analysis, learner, 3, 3);
            course.fixture.result(course.writing, learner, 2, 3);
        }
        evaluation.evaluateCourse(course.courseId());

        String first = http.get(review + "?status=qualifies", teacher.token()).body();
        String third = http.get(review + "?status=qualifies&page=3", teacher.token()).body();
        String beyond = http.get(review + "?status=qualifies&page=99", teacher.token()).body();
        String notYet = http.get(review + "?status=not-yet", teacher.token()).body();
        String unknown = http.get(review + "?status=%3Cscript%3E&page=x", teacher.token()).body();

        assertThat(rows(first)).hasSize(50).allMatch(row -> row.endsWith("QUALIFIES"));
        assertThat(first).contains("Learners 1–50 of 112").contains("Page 1 of 3").contains("data-link=\"next-page\"")
            .doesNotContain("data-link=\"previous-page\"").contains("aria-current=\"page\" data-filter=\"qualifies\"")
            .contains("Issue to all 112 qualifying (every page)");
        assertThat(first).containsPattern("href=\"[^\"]*/review\\?status=qualifies&amp;page=2&amp;lti_session=[^\"]+\"");
        assertThat(rows(third)).hasSize(12);
        assertThat(third).contains("Learners 101–112 of 112").contains("data-link=\"previous-page\"")
            .doesNotContain("data-link=\"next-page\"");
        assertThat(beyond).contains("Page 3 of 3");
        assertThat(rows(notYet)).containsExactlyInAnyOrder("dee NOT_YET", "eve NOT_YET");
        assertThat(rows(unknown)).hasSize(50);
        assertThat(unknown).contains("Everyone (115)").doesNotContain("<script>");

        String formToken = formToken(first);
        HttpResponse<String> all = http.post(review, teacher.token(), "lti_session", formToken, "request",
                "issue-every-page", "all", "true");
        long runId = runId(all);
        await().atMost(Duration.ofSeconds(120)).until(() -> runs.find(runId).orElseThrow().state() == IssuanceRunState.COMPLETED);
        assertThat(runs.find(runId).orElseThrow().total()).isEqualTo(112);
        assertThat(runs.find(runId).orElseThrow().issued()).isEqualTo(112);
        assertThat(rows(http.get(review + "?status=issued&page=3", teacher.token()).body())).hasSize(12);
    }

    private static List<String> rows(String page) {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("<tr data-user=\"([^\"]+)\" data-status=\"([A-Z_]+)\"")
            .matcher(page);
        List<String> rows = new java.util.ArrayList<>();
        while (row.find()) {
            rows.add(row.group(1) + " " + row.group(2));
        }
        return rows;
    }

    private static long runId(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(303);
        return Long.parseLong(redirect.headers().firstValue("Location").orElseThrow().replaceAll(".*/issuance/(\\d+).*", "$1"));
    }

    @Test
    void gradebookCommentsWaitingForTheLmsAreShownInWordsWithTheNextTry() {
        jdbc.sql("INSERT INTO badge_gradebook_post (course_id, state, requested_by, posted, failed, last_error, requested_at, next_try_at) "
                + "VALUES (?, 'WAITING', 'teacher', 1, 1, ?, ?, ?)")
            .params(course.courseId(), "platform_unavailable: platform_unavailable (registration 1, HTTP 503)",
                    OffsetDateTime.of(2026, 3, 2, 14, 4, 0, 0, ZoneOffset.UTC), OffsetDateTime.of(2026, 3, 2, 14, 5, 0, 0, ZoneOffset.UTC))
            .update();

        String body = http.get(review, teacher.token()).body();

        assertThat(body).contains("data-state=\"WAITING\"")
            .contains("Waiting for the LMS (platform_unavailable); next try at 14:05 UTC on 2 Mar 2026. So far 1 posted, 1 failed.")
            .doesNotContain(">WAITING<").doesNotContain("waiting, 1 posted");
    }

    @Test
    void learnersGetForbiddenOnEveryInstructorPageAndForm() {
        String base = "/course/" + course.courseId() + "/instructor";
        for (String path : List.of(review, base + "/issuance/1", base + "/dashboard", base + "/dashboard.csv")) {
            HttpResponse<String> response = http.get(path, learner.token());
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.body()).as(path).contains("instructor_only");
        }
        String learnerForm = tokens.issue("whatever");
        for (String path : List.of(review, review.replace("/review", "/revoke"), review.replace("/review", "/gradebook-comments"))) {
            HttpResponse<String> response = http.post(path, learner.token(), "lti_session", learnerForm, "all", "true",
                    "user", "ada", "reason", "x");
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.body()).as(path).contains("instructor_only");
        }
        assertThat(runs.recent(course.courseId(), 10)).isEmpty();
    }

    static String formToken(String page) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("name=\"lti_session\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as("the page has a form token").isTrue();
        return matcher.group(1);
    }
}
