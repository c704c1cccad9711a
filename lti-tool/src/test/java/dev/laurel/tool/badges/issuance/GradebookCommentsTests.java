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
import dev.laurel.tool.services.PlatformStubs;
import dev.laurel.tool.services.PlatformUnavailableException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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

    private BadgeAward award(String user) {
        return new BadgeAward(course.badge.id(), user, UUID.randomUUID().toString(), clock.instant(), "teacher", null, null, null, null);
    }
}
