package dev.laurel.tool.badges.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.TestDatabaseInitializer;
import dev.laurel.tool.LaurelToolApplication;
import dev.laurel.tool.ags.AgsScopes;
import dev.laurel.tool.badges.badge.BadgeCourses;
import dev.laurel.tool.badges.issuance.ToolHttp;
import dev.laurel.tool.coursesync.CourseKey;
import dev.laurel.tool.coursesync.CourseSyncService;
import dev.laurel.tool.coursesync.CourseSyncState;
import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiContexts;
import dev.laurel.tool.launch.LtiCourseLaunchedEvent;
import dev.laurel.tool.launch.LtiLaunchMessage;
import dev.laurel.tool.launch.LtiSessionTokens;
import dev.laurel.tool.launch.LtiSessions;
import dev.laurel.tool.launch.LtiUser;
import dev.laurel.tool.launch.PlatformServiceClaims;
import dev.laurel.tool.lti.LaurelRole;
import dev.laurel.tool.registration.NewRegistration;
import dev.laurel.tool.registration.PlatformRegistration;
import dev.laurel.tool.registration.PlatformRegistrations;
import dev.laurel.tool.registration.RegistrationSource;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ContextConfiguration;

/**
 * The first sync of a sandbox course without "Sync now": requested at its instructor's first launch only (never at a
 * student's, never for a real LMS's course or a course already set up), and the badge hub's view of it while the
 * ready badges are not there: the sync's progress, then here its failure (the sandbox at this address is down).
 */
@SpringBootTest(classes = LaurelToolApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"laurel.sandbox.enabled=true", "laurel.sandbox.url=" + SandboxFirstSyncTests.DOWN,
            "laurel.course-sync.max-job-retries=0"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@DatabaseTest
class SandboxFirstSyncTests {

    /** The sandbox's address in these tests: nothing listens there. */
    static final String DOWN = "http://127.0.0.1:9";

    @LocalServerPort
    int port;
    @Autowired
    PlatformRegistrations registrations;
    @Autowired
    LtiContexts contexts;
    @Autowired
    LtiSessions sessions;
    @Autowired
    LtiSessionTokens tokens;
    @Autowired
    CourseSyncService syncs;
    @Autowired
    BadgeCourses badgeCourses;
    @Autowired
    ApplicationEventPublisher events;

    private PlatformRegistration sandbox;
    private PlatformRegistration realLms;

    @BeforeEach
    void registrations() {
        sandbox = register(DOWN);
        realLms = register("https://lms.example");
    }

    @Test
    void onlyAnInstructorsFirstLaunchInAFreshSandboxCourseRequestsItsSync() {
        LtiUser student = launch(sandbox, "sandbox-course-1", "student", LaurelRole.LEARNER);
        LtiUser realInstructor = launch(realLms, "real-course", "teacher", LaurelRole.INSTRUCTOR);
        LtiUser setUpInstructor = launch(sandbox, "sandbox-course-2", "teacher", LaurelRole.INSTRUCTOR);
        badgeCourses.setEnabled(course(setUpInstructor).id(), false, "teacher");

        events.publishEvent(new LtiCourseLaunchedEvent(student));
        events.publishEvent(new LtiCourseLaunchedEvent(realInstructor));
        events.publishEvent(new LtiCourseLaunchedEvent(setUpInstructor));

        assertThat(syncs.progress(key(student))).as("a student's launch").isEmpty();
        assertThat(syncs.progress(key(realInstructor))).as("a real LMS's course").isEmpty();
        assertThat(syncs.progress(key(setUpInstructor))).as("a course an instructor already set up").isEmpty();

        LtiUser instructor = launch(sandbox, "sandbox-course-1", "teacher", LaurelRole.INSTRUCTOR);
        events.publishEvent(new LtiCourseLaunchedEvent(instructor));

        assertThat(syncs.progress(key(instructor))).as("the sandbox course's first sync").isPresent();
    }

    @Test
    void theHubOfASandboxCourseFollowsItsFirstSyncAndSaysSoWhenItFails() {
        LtiUser instructor = launch(sandbox, "sandbox-course-" + UUID.randomUUID(), "teacher", LaurelRole.INSTRUCTOR);
        LtiUser realInstructor = launch(realLms, "real-course-" + UUID.randomUUID(), "teacher", LaurelRole.INSTRUCTOR);
        LtiUser student = launch(sandbox, instructor.contextId(), "student", LaurelRole.LEARNER);
        ToolHttp http = new ToolHttp(port);
        String token = session(instructor);
        String hub = "/course/" + course(instructor).id() + "/instructor/badges";

        events.publishEvent(new LtiCourseLaunchedEvent(instructor));
        String following = http.get(hub, token).body();

        assertThat(following).contains("data-demo-preparation").containsPattern("data-state=\"(SYNCING|SYNC_FAILED)\"")
            .containsPattern("data-progress-url=\"/course/\\d+/instructor/badges/preparation\\?lti_session=[^\"]+\"")
            .contains("progress-poller.js").contains("Course sync");
        await("the first sync's failure").atMost(Duration.ofMinutes(1))
            .until(() -> syncs.progress(key(instructor)).orElseThrow().state() == CourseSyncState.FAILED);
        String failed = http.get(hub, token).body();
        HttpResponse<String> polled = http.get(hub + "/preparation", token);
        assertThat(failed).contains("data-state=\"SYNC_FAILED\"").contains("The first sync of this course failed")
            .containsPattern("href=\"/course/\\d+/instructor/sync\\?lti_session=");
        assertThat(polled.statusCode()).isEqualTo(200);
        assertThat(polled.body()).contains("data-state=\"SYNC_FAILED\"").doesNotContain("<html");

        badgeCourses.setEnabled(course(instructor).id(), true, "teacher");
        assertThat(http.get(hub, token).body()).doesNotContain("data-demo-preparation");
        assertThat(http.get(hub + "/preparation", token).body()).contains("data-state=\"READY\"");
        String realHub = "/course/" + course(realInstructor).id() + "/instructor/badges";
        assertThat(http.get(realHub, session(realInstructor)).body()).doesNotContain("data-demo-preparation");
        HttpResponse<String> studentPoll = http.get(hub + "/preparation", session(student));
        assertThat(studentPoll.statusCode()).isEqualTo(403);
        assertThat(studentPoll.body()).contains("instructor_only");
    }

    private PlatformRegistration register(String issuer) {
        return registrations.register(new NewRegistration(issuer, "client-" + UUID.randomUUID(), URI.create(issuer + "/auth"),
                URI.create(issuer + "/token"), URI.create(issuer + "/jwks"), null, "Platform", RegistrationSource.DYNAMIC,
                false, List.of("deployment-1")));
    }

    /** A launch's user in the course {@code contextId}, the course recorded with its AGS and NRPS endpoints. */
    private LtiUser launch(PlatformRegistration registration, String contextId, String userId, LaurelRole role) {
        String lms = registration.issuer();
        PlatformServiceClaims services = new PlatformServiceClaims(URI.create(lms + "/lineitems"), null,
                Set.of(AgsScopes.LINE_ITEM, AgsScopes.RESULT_READ_ONLY), URI.create(lms + "/memberships"));
        LtiUser user = new LtiUser(registration.id(), "deployment-1", contextId, "Sandbox course", userId, "Name of " + userId,
                userId + "@example.edu", Set.of(role), services);
        contexts.record(new LtiLaunchMessage(user, "LtiResourceLinkRequest", "DAF101", null));
        return user;
    }

    private String session(LtiUser user) {
        return tokens.issue(sessions.create(new LtiLaunchMessage(user, "LtiResourceLinkRequest", "DAF101", null), true));
    }

    private LtiContext course(LtiUser user) {
        return contexts.find(user.registrationId(), user.deploymentId(), user.contextId()).orElseThrow();
    }

    private static CourseKey key(LtiUser user) {
        return new CourseKey(user.registrationId(), user.deploymentId(), user.contextId());
    }
}
