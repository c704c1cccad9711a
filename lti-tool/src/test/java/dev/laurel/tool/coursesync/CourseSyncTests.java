package dev.laurel.tool.coursesync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.laurel.tool.ags.AgsMediaTypes;
import dev.laurel.tool.nrps.NrpsMembershipClient;
import dev.laurel.tool.services.PlatformServiceException;
import dev.laurel.tool.services.PlatformServices;
import dev.laurel.tool.services.PlatformStubs;
import dev.laurel.tool.services.TestPlatforms;
import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

@ToolTest
@DatabaseTest
@Import(CourseSyncTestConfiguration.class)
@TestPropertySource(properties = {"laurel.course-sync.page-size=10", "laurel.services.retry.initial-backoff=1ms",
        "laurel.services.retry.jitter=0ms", "laurel.services.retry.max-backoff=5ms", "laurel.course-sync.max-job-retries=0"})
class CourseSyncTests {

    @RegisterExtension
    static WireMockExtension moodleSite = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Autowired
    CourseSyncStore store;

    @Autowired
    CourseSyncRunner runner;

    @Autowired
    CourseSyncService syncs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    CourseSyncTestConfiguration.CompletedSyncs completed;

    private MoodleCourseStubs course;

    @BeforeEach
    void setUp() {
        PlatformStubs stubs = new PlatformStubs(moodleSite.getRuntimeInfo().getWireMock(), moodleSite.baseUrl());
        course = new MoodleCourseStubs(moodleSite.getRuntimeInfo().getWireMock(), stubs, 115, 3, 10);
        course.stubAll();
    }

    @Test
    void syncStoresRosterLineItemsAndEveryResultExactlyOnceAndIsIdempotent() {
        CourseKey key = new CourseKey(101, "dep-1", "course-101");
        long syncId = store.request(key, moodle(101), clock.instant());

        runner.run(syncId);
        runner.run(syncId);

        CourseSyncProgress progress = syncs.progress(key).orElseThrow();
        assertThat(progress.state()).isEqualTo(CourseSyncState.COMPLETED);
        assertThat(progress.members()).isEqualTo(115);
        assertThat(progress.lineItems()).isEqualTo(3);
        assertThat(progress.results()).isEqualTo(3 * 115);
        assertThat(progress.pagesDone()).isEqualTo(12 + 1 + 3 * 12);
        assertThat(learnerRoles(syncId)).isEqualTo(114);
        moodleSite.verify(2 * 12, getRequestedFor(urlPathEqualTo(MoodleCourseStubs.MEMBERS)));
        moodleSite.verify(2 * 12, getRequestedFor(urlPathEqualTo(MoodleCourseStubs.lineItem(2) + "/results"))
                .withQueryParam("type_id", equalTo("1")).withQueryParam("limit", equalTo("10")));
        assertThat(completed.events).filteredOn(event -> event.course().equals(key)).hasSize(2)
                .allSatisfy(event -> assertThat(event.results()).isEqualTo(345));
    }

    @Test
    void outageInTheMiddleIsRiddenOutAndEveryResultStoredOnce() {
        CourseKey key = new CourseKey(102, "dep-1", "course-102");
        String path = MoodleCourseStubs.lineItem(2) + "/results";
        moodleSite.stubFor(get(urlPathEqualTo(path)).withQueryParam("page", equalTo("6")).inScenario("outage")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503)).willSetStateTo("reset"));
        moodleSite.stubFor(get(urlPathEqualTo(path)).withQueryParam("page", equalTo("6")).inScenario("outage")
                .whenScenarioStateIs("reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("bad"));
        moodleSite.stubFor(get(urlPathEqualTo(path)).withQueryParam("page", equalTo("6")).inScenario("outage")
                .whenScenarioStateIs("bad").willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
        long syncId = store.request(key, moodle(102), clock.instant());

        runner.run(syncId);

        assertThat(syncs.progress(key).orElseThrow().results()).isEqualTo(3 * 115);
        assertThat(jdbc.sql("""
                SELECT COUNT(DISTINCT r.user_id) FROM course_result r JOIN course_line_item l ON r.line_item_id = l.id
                WHERE l.sync_id = ? AND l.line_item_url LIKE ?""").params(syncId, "%/lineitems/2/%")
                .query(Long.class).single()).isEqualTo(115);
    }

    @Test
    void pageRepeatingALearnerOfAnEarlierPageStoresEveryResultOnce() {
        CourseKey key = new CourseKey(107, "dep-1", "course-107");
        String path = MoodleCourseStubs.lineItem(3) + "/results";
        String moodle = moodleSite.baseUrl();
        moodleSite.stubFor(get(urlPathEqualTo(path)).withQueryParam("page", equalTo("2")).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", AgsMediaTypes.RESULT_CONTAINER)
                        .withHeader("Link", "<" + moodle + path + "?type_id=1&limit=10&page=3>; rel=\"next\"")
                        .withBody(PlatformStubs.array(10, 11, user -> course.stubs().moodleResult(MoodleCourseStubs.lineItem(3), user)
                                .replace("\"resultScore\":10,", "\"resultScore\":9.5,")))));

        long syncId = syncs.syncNow(key, moodle(107));

        assertThat(syncs.progress(key).orElseThrow().state()).isEqualTo(CourseSyncState.COMPLETED);
        assertThat(syncs.progress(key).orElseThrow().results()).isEqualTo(3 * 115);
        assertThat(jdbc.sql("""
                SELECT r.result_score FROM course_result r JOIN course_line_item l ON r.line_item_id = l.id
                WHERE l.sync_id = ? AND l.line_item_url LIKE ? AND r.user_id = '10'""").params(syncId, "%/lineitems/3/%")
                .query(Double.class).single()).isEqualTo(9.5);
    }

    @Test
    void failedSyncRecordsTheErrorAndResumesFromItsCheckpointAfterRestart() {
        CourseKey key = new CourseKey(103, "dep-1", "course-103");
        String path = MoodleCourseStubs.lineItem(1) + "/results";
        moodleSite.stubFor(get(urlPathEqualTo(path)).withQueryParam("page", equalTo("7")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":503,\"reason\":\"Site is under maintenance\"}")));
        long syncId = store.request(key, moodle(103), clock.instant());

        assertThatThrownBy(() -> runner.run(syncId)).isInstanceOfSatisfying(PlatformServiceException.class,
                ex -> assertThat(ex.code()).isEqualTo("platform_unavailable"));
        CourseSyncProgress failed = syncs.progress(key).orElseThrow();
        assertThat(failed.state()).isEqualTo(CourseSyncState.FAILED);
        assertThat(failed.lastErrorCode()).isEqualTo("platform_unavailable");
        assertThat(failed.lastError()).contains("Site is under maintenance");
        assertThat(failed.results()).isEqualTo(2 * 115 + 6 * 10);

        moodleSite.resetMappings();
        course.stubAll();
        runner.run(syncId);

        assertThat(syncs.progress(key).orElseThrow().state()).isEqualTo(CourseSyncState.COMPLETED);
        assertThat(syncs.progress(key).orElseThrow().results()).isEqualTo(3 * 115);
        moodleSite.verify(1, getRequestedFor(urlPathEqualTo(path)).withQueryParam("page", equalTo("6")));
        moodleSite.verify(1, getRequestedFor(urlPathEqualTo(path)).withQueryParam("page", absent()));
        moodleSite.verify(12, getRequestedFor(urlPathEqualTo(MoodleCourseStubs.MEMBERS)));
        moodleSite.verify(12, getRequestedFor(urlPathEqualTo(MoodleCourseStubs.lineItem(2) + "/results")));
    }

    @Test
    void nextSyncReadsOnlyTheRosterDifferences() {
        CourseKey key = new CourseKey(104, "dep-1", "course-104");
        String differences = moodleSite.baseUrl() + MoodleCourseStubs.MEMBERS + "?since=2026-11-29T10%3A00%3A00Z";
        moodleSite.stubFor(get(urlPathEqualTo(MoodleCourseStubs.MEMBERS)).withQueryParam("page", equalTo("12")).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", NrpsMembershipClient.MEDIA_TYPE)
                        .withHeader("Link", "<" + differences + ">; rel=\"differences\"")
                        .withBody(PlatformStubs.membershipContainer("x", PlatformStubs.array(111, 5, PlatformStubs::moodleMember)))));
        moodleSite.stubFor(get(urlPathEqualTo(MoodleCourseStubs.MEMBERS)).withQueryParam("since", equalTo("2026-11-29T10:00:00Z"))
                .atPriority(1).willReturn(aResponse().withHeader("Content-Type", NrpsMembershipClient.MEDIA_TYPE)
                        .withBody(PlatformStubs.membershipContainer("x",
                                "[" + PlatformStubs.moodleMember(7).replace("\"Active\"", "\"Deleted\"") + "]"))));
        long syncId = syncs.syncNow(key, moodle(104));

        syncs.syncNow(key, moodle(104));

        moodleSite.verify(12 + 1, getRequestedFor(urlPathEqualTo(MoodleCourseStubs.MEMBERS)));
        moodleSite.verify(1, getRequestedFor(urlPathEqualTo(MoodleCourseStubs.MEMBERS)).withQueryParam("since", absent())
                .withQueryParam("page", absent()));
        assertThat(jdbc.sql("SELECT status FROM course_member WHERE sync_id = ? AND user_id = '7'").param(syncId)
                .query(String.class).single()).isEqualTo("Deleted");
        assertThat(syncs.progress(key).orElseThrow().members()).isEqualTo(115);
    }

    @Test
    void requestedSyncRunsAsAPersistentJobAndPublishesCompletion() {
        CourseKey key = new CourseKey(105, "dep-1", "course-105");

        syncs.requestSync(key, moodle(105));

        await().atMost(Duration.ofSeconds(30)).until(() -> syncs.progress(key)
                .map(progress -> progress.state() == CourseSyncState.COMPLETED).orElse(false));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> completed.events.stream().anyMatch(event -> event.course().equals(key)));
        assertThat(completed.events).filteredOn(event -> event.course().equals(key)).singleElement()
                .satisfies(event -> assertThat(event.members()).isEqualTo(115));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'course-sync'").query(Long.class).single())
                .isZero();
    }

    @Test
    void progressCountsEveryPageMemberAndResult() {
        CourseKey key = new CourseKey(106, "dep-1", "course-106");
        syncs.syncNow(key, moodle(106));

        CourseSyncProgress progress = syncs.progress(key).orElseThrow();

        assertThat(progress.state()).isEqualTo(CourseSyncState.COMPLETED);
        assertThat(progress.members()).isEqualTo(115);
        assertThat(progress.results()).isEqualTo(345);
        assertThat(progress.pagesDone()).isEqualTo(49);
    }

    private PlatformServices moodle(long registrationId) {
        return TestPlatforms.moodle(moodleSite.baseUrl(), registrationId);
    }

    private long learnerRoles(long syncId) {
        return jdbc.sql("SELECT COUNT(*) FROM course_member WHERE sync_id = ? AND roles = ?")
                .params(syncId, dev.laurel.tool.lti.LtiRoles.LEARNER).query(Long.class).single();
    }

}
