package dev.laurel.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.coursesync.CourseKey;
import dev.laurel.tool.coursesync.CourseSyncProgress;
import dev.laurel.tool.coursesync.CourseSyncService;
import dev.laurel.tool.launch.LtiContext;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A fresh start with the built-in sandbox over real HTTP: a student's launch syncs nothing; the instructor's first
 * launch requests the sandbox course's first sync by itself, the badge hub shows its progress while it runs and the
 * ready badges once they exist; a later launch requests no second sync.
 */
@DatabaseTest
class SandboxFirstSyncEndToEndTests {

    private static final Pattern BADGE_ROW = Pattern.compile("<tr data-badge data-id=\"\\d+\"");
    private static final Pattern PREPARATION = Pattern.compile("data-demo-preparation[^>]*data-state=\"([A-Z_]+)\"");

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
    void theInstructorsFirstLaunchSyncsTheSandboxCourseSoTheHubShowsItsReadyBadgesWithoutSyncNow() {
        LmsSession student = new LmsSession();
        student.launch(live.sandboxUrl + "/launch/learner");
        LtiContext course = live.demoCourse();
        CourseKey key = new CourseKey(course.registrationId(), course.deploymentId(), course.contextId());
        CourseSyncService syncs = live.tool.getBean(CourseSyncService.class);
        assertThat(syncs.progress(key)).as("a student's launch syncs nothing").isEmpty();

        LmsSession instructor = new LmsSession();
        HttpResponse<String> landing = instructor.launch(live.sandboxUrl + "/launch/instructor");
        assertThat(landing.body()).contains("data-role=\"instructor\"");
        CourseSyncProgress requested = syncs.progress(key).orElseThrow(() -> new AssertionError("no sync requested"));
        String hub = live.toolUrl + "/course/" + course.id() + "/instructor/badges";

        String first = instructor.get(hub).body();
        assertThat(first).as("the ready badges, or the progress of what makes them")
            .satisfiesAnyOf(html -> assertThat(count(BADGE_ROW, html)).isEqualTo(3),
                    html -> assertThat(state(html)).isIn("SYNCING", "PREPARING"));
        await("the ready badges on the hub").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
            .until(() -> count(BADGE_ROW, instructor.get(hub).body()) == 3);
        String ready = instructor.get(hub).body();
        assertThat(ready).doesNotContain("data-demo-preparation");
        assertThat(instructor.get(hub + "/preparation").body()).contains("data-state=\"READY\"");
        assertThat(live.tool.getBean(Badges.class).list(course.id())).hasSize(3);

        new LmsSession().launch(live.sandboxUrl + "/launch/instructor");
        assertThat(syncs.progress(key).orElseThrow().requestedAt()).as("no second sync").isEqualTo(requested.requestedAt());
    }

    private static int count(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }

    private static String state(String html) {
        Matcher matcher = PREPARATION.matcher(html);
        return matcher.find() ? matcher.group(1) : "none";
    }
}
