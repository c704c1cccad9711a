package dev.laurel.tool.badges.issuance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.ags.AgsMediaTypes;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.badge.IssuanceMode;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.registration.NewRegistration;
import dev.laurel.tool.registration.PlatformRegistrations;
import dev.laurel.tool.registration.RegistrationSource;
import dev.laurel.tool.services.PlatformRejectedRequestException;
import dev.laurel.tool.services.PlatformStubs;
import dev.laurel.tool.services.PlatformUnavailableException;
import dev.laurel.tool.services.ServiceTokenException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gradebook comments over AGS against a Moodle-shaped platform: Laurel's own line item is found or created once,
 * each badge holder gets a score with the comment, an instructor's grade in that column is sent back unchanged.
 */
@ToolTest
@DatabaseTest
class GradebookCommentsTests {

    private static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    private static final String LINE_ITEMS = "/mod/lti/services.php/2/lineitems";
    private static final String LAUREL_ITEM = "/mod/lti/services.php/2/lineitems/99/lineitem";
    private static final String TOKEN = "/mod/lti/token.php";
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);

    @RegisterExtension
    static WireMockExtension moodle = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Rubrics rubrics;
    @Autowired
    Badges badges;
    @Autowired
    PlatformRegistrations registrations;
    @Autowired
    GradebookComments comments;
    @Autowired
    BadgeAwards awards;
    @Autowired
    Clock clock;
    @Autowired
    GradebookRetryProperties retries;

    private IssuanceCourse course;

    @BeforeEach
    void badgeHoldersInAMoodleCourse() {
        PlatformStubs stubs = new PlatformStubs(moodle.getRuntimeInfo().getWireMock(), moodle.baseUrl());
        stubs.token("/mod/lti/token.php", "moodle/token.json");
        long registration = registrations.register(new NewRegistration("https://moodle-" + UUID.randomUUID() + ".example",
                "client-1", URI.create(moodle.baseUrl() + "/mod/lti/auth.php"), URI.create(moodle.baseUrl() + "/mod/lti/token.php"),
                URI.create(moodle.baseUrl() + "/mod/lti/certs.php"), null, "Moodle", RegistrationSource.MANUAL, false,
                List.of("deployment-1"))).id();
        course = IssuanceCourse.create(jdbc, rubrics, badges, IssuanceMode.MANUAL);
        jdbc.sql("UPDATE lti_context SET registration_id = ?, ags_lineitems_url = ?, ags_scopes = ?, nrps_memberships_url = ? WHERE id = ?")
            .params(registration, moodle.baseUrl() + LINE_ITEMS + "?type_id=1",
                    String.join(" ", "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                            "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly", SCORE_SCOPE),
                    moodle.baseUrl() + "/mod/lti/services.php/CourseSection/2/bindings/1/memberships", course.courseId())
            .update();
        awards.recordAll(List.of(award("ada"), award("bob")));
        moodle.stubFor(get(urlPathEqualTo(LINE_ITEMS)).willReturn(aResponse().withHeader("Content-Type", AgsMediaTypes.LINE_ITEM_CONTAINER)
            .withBody("[]")));
        moodle.stubFor(post(urlPathEqualTo(LINE_ITEMS)).willReturn(aResponse().withStatus(201)
            .withHeader("Content-Type", AgsMediaTypes.LINE_ITEM)
            .withBody("{\"id\":\"" + moodle.baseUrl() + LAUREL_ITEM + "?type_id=1\",\"label\":\"Laurel badges\",\"scoreMaximum\":1,"
                    + "\"tag\":\"laurel-badges\",\"resourceId\":\"laurel-badges\"}")));
        moodle.stubFor(get(urlPathEqualTo(LAUREL_ITEM + "/results")).withQueryParam("user_id", equalTo("ada"))
            .willReturn(aResponse().withHeader("Content-Type", AgsMediaTypes.RESULT_CONTAINER).withBody("[]")));
        moodle.stubFor(get(urlPathEqualTo(LAUREL_ITEM + "/results")).withQueryParam("user_id", equalTo("bob"))
            .willReturn(aResponse().withHeader("Content-Type", AgsMediaTypes.RESULT_CONTAINER)
                .withBody("[{\"id\":\"r-bob\",\"userId\":\"bob\",\"resultScore\":7,\"resultMaximum\":10}]")));
        moodle.stubFor(post(urlPathEqualTo(LAUREL_ITEM + "/scores")).willReturn(aResponse().withStatus(200)));
    }

    /** A retry left waiting would later post into another test's stubs. */
    @AfterEach
    void noRetryLeftWaiting() {
        jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")
            .params(GradebookCommentJobConfiguration.TASK_NAME, String.valueOf(course.courseId())).update();
    }

    @Test
    void postsOneCommentPerBadgeHolderOnLaurelsOwnColumnWithoutTouchingAnInstructorGrade() {
        comments.request(course.courseId(), "teacher");
        await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED".equals(comments.status(course.courseId()).orElseThrow().state()));

        assertThat(comments.status(course.courseId()).orElseThrow().posted()).isEqualTo(2);
        moodle.verify(1, postRequestedFor(urlPathEqualTo(LINE_ITEMS))
            .withRequestBody(matchingJsonPath("$.tag", equalTo("laurel-badges"))));
        moodle.verify(1, postRequestedFor(urlPathEqualTo(LAUREL_ITEM + "/scores"))
            .withHeader("Content-Type", equalTo(AgsMediaTypes.SCORE))
            .withRequestBody(matchingJsonPath("$.userId", equalTo("ada")))
            .withRequestBody(matchingJsonPath("$.activityProgress", equalTo("Completed")))
            .withRequestBody(matchingJsonPath("$.gradingProgress", equalTo("NotReady")))
            .withRequestBody(matchingJsonPath("$.comment", com.github.tomakehurst.wiremock.client.WireMock.containing(
                    "You earned the badge \"Report writer\". Claim it in Laurel")))
            .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("scoreGiven")));
        moodle.verify(1, postRequestedFor(urlPathEqualTo(LAUREL_ITEM + "/scores"))
            .withRequestBody(matchingJsonPath("$.userId", equalTo("bob")))
            .withRequestBody(matchingJsonPath("$.gradingProgress", equalTo("FullyGraded")))
            .withRequestBody(equalToJson("{\"scoreGiven\":7.0,\"scoreMaximum\":10.0}", true, true)));

        // asking again posts nothing new: the comments did not change
        comments.request(course.courseId(), "teacher");
        await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED".equals(comments.status(course.courseId()).orElseThrow().state()));
        moodle.verify(2, postRequestedFor(urlPathEqualTo(LAUREL_ITEM + "/scores")));
        moodle.verify(1, postRequestedFor(urlPathEqualTo(LINE_ITEMS)));
    }

    @Test
    void commentsStayUnpostedWhileTheTokenEndpointIsDownAndArePostedOnTheNextRequest() {
        moodle.stubFor(post(urlPathEqualTo("/mod/lti/token.php")).willReturn(aResponse().withStatus(503)));

        comments.request(course.courseId(), "teacher");
        await().atMost(Duration.ofSeconds(60)).until(() -> !comments.status(course.courseId()).orElseThrow().active());

        GradebookPost down = comments.status(course.courseId()).orElseThrow();
        assertThat(down.lastError()).startsWith(PlatformUnavailableException.UNAVAILABLE + ": ");
        assertThat(down.posted()).isZero();
        moodle.verify(0, postRequestedFor(urlPathEqualTo(LAUREL_ITEM + "/scores")));

        new PlatformStubs(moodle.getRuntimeInfo().getWireMock(), moodle.baseUrl()).token("/mod/lti/token.php", "moodle/token.json");
        comments.request(course.courseId(), "teacher");
        await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED".equals(comments.status(course.courseId()).orElseThrow().state()));

        assertThat(comments.status(course.courseId()).orElseThrow().posted()).isEqualTo(2);
        moodle.verify(2, postRequestedFor(urlPathEqualTo(LAUREL_ITEM + "/scores")));
    }

    @Test
    void refusesWhenThePlatformDoesNotLetLaurelPostScores() {
        jdbc.sql("UPDATE lti_context SET ags_scopes = ? WHERE id = ?")
            .params("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                    course.courseId())
            .update();

        assertThatThrownBy(() -> comments.request(course.courseId(), "teacher"))
            .isInstanceOfSatisfying(BadgeIssuanceException.class, ex -> assertThat(ex.code()).isEqualTo("ags_score_not_granted"));
        assertThat(comments.status(course.courseId())).isEmpty();
    }

    @Test
    void whenTheLmsIsDownThePostingWaitsForTheFirstRetryWithItsErrorCode() {
        Instant before = clock.instant();

        GradebookPost waiting = waitingBehindADownLms();

        assertThat(waiting.lastErrorCode()).isEqualTo(PlatformUnavailableException.UNAVAILABLE);
        assertThat(waiting.nextTryAt()).isBetween(before.plus(FIRST_RETRY), clock.instant().plus(FIRST_RETRY));
        assertThat(waiting.finishedAt()).isNull();
        Retry retry = scheduledRetry().orElseThrow();
        assertThat(retry.executionTime()).isCloseTo(waiting.nextTryAt(), within(1, ChronoUnit.MILLIS));
        assertThat(retry.consecutiveFailures()).isEqualTo(1);
        moodle.verify(0, postRequestedFor(urlPathEqualTo(LAUREL_ITEM + "/scores")));
    }

    @Test
    void whenThePlatformAsksToWaitLongerTheRetryWaitsAtLeastThatLong() {
        moodle.stubFor(post(urlPathEqualTo(TOKEN)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
        Instant before = clock.instant();

        comments.request(course.courseId(), "teacher");
        GradebookPost waiting = awaitState("WAITING");

        assertThat(waiting.lastErrorCode()).isEqualTo(PlatformUnavailableException.RATE_LIMITED);
        assertThat(waiting.nextTryAt()).isAfterOrEqualTo(before.plus(Duration.ofHours(1)));
        assertThat(scheduledRetry().orElseThrow().executionTime()).isCloseTo(waiting.nextTryAt(), within(1, ChronoUnit.MILLIS));
    }

    @Test
    void whenTheLmsIsBackTheScheduledRetryPostsOnlyThePendingComments() {
        moodle.stubFor(post(urlPathEqualTo(LAUREL_ITEM + "/scores")).withRequestBody(matchingJsonPath("$.userId", equalTo("bob")))
            .willReturn(aResponse().withStatus(503)));

        comments.request(course.courseId(), "teacher");
        GradebookPost waiting = awaitState("WAITING");
        assertThat(waiting.posted()).isEqualTo(1);
        assertThat(waiting.failed()).isEqualTo(1);
        assertThat(waiting.lastErrorCode()).isEqualTo(PlatformUnavailableException.UNAVAILABLE);

        moodle.stubFor(post(urlPathEqualTo(LAUREL_ITEM + "/scores")).withRequestBody(matchingJsonPath("$.userId", equalTo("bob")))
            .willReturn(aResponse().withStatus(200)));
        theNextTryIsDue();
        GradebookPost completed = awaitState("COMPLETED");

        assertThat(completed.posted()).isEqualTo(1);
        assertThat(completed.failed()).isZero();
        assertThat(completed.nextTryAt()).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM badge_gradebook_comment WHERE course_id = ?").param(course.courseId())
            .query(Integer.class).single()).isEqualTo(2);
        moodle.verify(1, postRequestedFor(urlPathEqualTo(LAUREL_ITEM + "/scores")).withRequestBody(matchingJsonPath("$.userId", equalTo("ada"))));
        assertThat(scheduledRetry()).isEmpty();
    }

    @Test
    void aRunWithAnOutageAndARefusalWaitsThenCompletesWithOnlyTheRefusalLeft() {
        moodle.stubFor(post(urlPathEqualTo(LAUREL_ITEM + "/scores")).withRequestBody(matchingJsonPath("$.userId", equalTo("ada")))
            .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":{\"base\":\"user not in course\"}}")));
        moodle.stubFor(post(urlPathEqualTo(LAUREL_ITEM + "/scores")).withRequestBody(matchingJsonPath("$.userId", equalTo("bob")))
            .willReturn(aResponse().withStatus(503)));

        comments.request(course.courseId(), "teacher");
        GradebookPost waiting = awaitState("WAITING");
        assertThat(waiting.posted()).isZero();
        assertThat(waiting.failed()).isEqualTo(2);

        moodle.stubFor(post(urlPathEqualTo(LAUREL_ITEM + "/scores")).withRequestBody(matchingJsonPath("$.userId", equalTo("bob")))
            .willReturn(aResponse().withStatus(200)));
        theNextTryIsDue();
        GradebookPost completed = awaitState("COMPLETED");

        assertThat(completed.posted()).isEqualTo(1);
        assertThat(completed.failed()).isEqualTo(1);
        assertThat(completed.lastErrorCode()).isEqualTo(PlatformRejectedRequestException.CODE);
        assertThat(scheduledRetry()).isEmpty();
    }

    @Test
    void aRejectedTokenFailsAtOnceWithoutARetry() {
        moodle.stubFor(post(urlPathEqualTo(TOKEN)).willReturn(aResponse().withStatus(400)
            .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_client\"}")));

        comments.request(course.courseId(), "teacher");
        failedWithoutRetry(ServiceTokenException.REJECTED);
    }

    @Test
    void whenTheRetriesAreUsedUpThePostingFailsWithTheLastCode() {
        waitingBehindADownLms();

        jdbc.sql("UPDATE scheduled_tasks SET consecutive_failures = ? WHERE task_name = ? AND task_instance = ?")
            .params(retries.maxRetries(), GradebookCommentJobConfiguration.TASK_NAME, String.valueOf(course.courseId())).update();
        theNextTryIsDue();
        failedWithoutRetry(PlatformUnavailableException.UNAVAILABLE);
    }

    @Test
    void anInstructorPostingWhileARetryWaitsRunsThatRetryNowInsteadOfASecondRun() {
        GradebookPost waiting = waitingBehindADownLms();

        new PlatformStubs(moodle.getRuntimeInfo().getWireMock(), moodle.baseUrl()).token(TOKEN, "moodle/token.json");
        comments.request(course.courseId(), "teacher");
        // the waiting instance itself runs now, with its retries counted afresh, not a second one beside it
        scheduledRetry().ifPresent(retry -> {
            assertThat(retry.executionTime()).isBefore(waiting.nextTryAt());
            assertThat(retry.consecutiveFailures()).isZero();
        });
        GradebookPost completed = awaitState("COMPLETED");

        assertThat(completed.posted()).isEqualTo(2);
        moodle.verify(2, postRequestedFor(urlPathEqualTo(LAUREL_ITEM + "/scores")));
        assertThat(scheduledRetry()).isEmpty();
    }

    private BadgeAward award(String user) {
        return new BadgeAward(course.badge.id(), user, UUID.randomUUID().toString(), clock.instant(), "teacher", null, null, null, null);
    }

    private GradebookPost waitingBehindADownLms() {
        moodle.stubFor(post(urlPathEqualTo(TOKEN)).willReturn(aResponse().withStatus(503)));
        comments.request(course.courseId(), "teacher");
        return awaitState("WAITING");
    }

    private void failedWithoutRetry(String code) {
        GradebookPost failed = awaitState("FAILED");
        assertThat(failed.lastErrorCode()).isEqualTo(code);
        assertThat(failed.nextTryAt()).isNull();
        assertThat(failed.finishedAt()).isNotNull();
        assertThat(scheduledRetry()).isEmpty();
    }

    private GradebookPost awaitState(String state) {
        await().atMost(Duration.ofSeconds(60)).until(() -> state.equals(comments.status(course.courseId()).orElseThrow().state()));
        return comments.status(course.courseId()).orElseThrow();
    }

    /** Time passes until the course's waiting retry is due: db-scheduler picks it up at its next poll. */
    private void theNextTryIsDue() {
        jdbc.sql("UPDATE scheduled_tasks SET execution_time = ? WHERE task_name = ? AND task_instance = ?")
            .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), GradebookCommentJobConfiguration.TASK_NAME,
                    String.valueOf(course.courseId()))
            .update();
    }

    private Optional<Retry> scheduledRetry() {
        return jdbc.sql("SELECT execution_time, consecutive_failures FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")
            .params(GradebookCommentJobConfiguration.TASK_NAME, String.valueOf(course.courseId()))
            .query((rs, row) -> new Retry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getInt(2))).optional();
    }

    private record Retry(Instant executionTime, int consecutiveFailures) {
    }
}
