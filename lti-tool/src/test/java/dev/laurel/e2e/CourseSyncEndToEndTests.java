package dev.laurel.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.laurel.sandbox.ags.LineItem;
import dev.laurel.sandbox.ags.LineItems;
import dev.laurel.sandbox.ags.Score;
import dev.laurel.sandbox.ags.Scores;
import dev.laurel.sandbox.course.Course;
import dev.laurel.sandbox.course.CourseRole;
import dev.laurel.sandbox.course.Courses;
import dev.laurel.sandbox.course.Member;
import dev.laurel.sandbox.demo.SandboxCourses;
import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.tool.coursesync.CourseKey;
import dev.laurel.tool.coursesync.CourseServicesUnavailableException;
import dev.laurel.tool.coursesync.CourseSyncProgress;
import dev.laurel.tool.coursesync.CourseSyncService;
import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiContexts;
import dev.laurel.tool.launch.web.LtiAccessDecision;
import dev.laurel.tool.registration.PlatformRegistrations;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Course sync end to end over real HTTP: the sandbox registers the tool by Dynamic Registration, the instructor
 * of "Data Analysis Fundamentals" launches Laurel, opens the sync page and presses "Sync now"; the persistent job
 * reads the roster (NRPS) and every line item and result (AGS) from the sandbox into Laurel's tables.
 */
@DatabaseTest
class CourseSyncEndToEndTests {

    private static final String DEMO_COURSE_LABEL = "DAF101";
    private static final Pattern PROGRESS_URL = Pattern.compile("data-progress-url=\"([^\"]+)\"");
    private static final Pattern STATE = Pattern.compile("data-state=\"([A-Z]+)\"");

    static LiveLms live;

    @BeforeAll
    static void start() {
        live = LiveLms.start();
    }

    @AfterAll
    static void stop() {
        live.close();
    }

    @Test
    void instructorSyncStoresTheWholeRosterEveryLineItemAndEveryResultOnceAndResyncAddsNoDuplicates() {
        LmsSession instructor = new LmsSession();
        HttpResponse<String> syncPage = openSyncPage(instructor);
        assertThat(syncPage.statusCode()).isEqualTo(200);
        assertThat(syncPage.body()).contains("Data Analysis Fundamentals").contains("Sync now")
                .contains("No sync has been requested for this course yet.");

        HttpResponse<String> afterFirst = syncNowAndAwait(instructor, syncPage);
        assertThat(afterFirst.body()).contains("data-state=\"COMPLETED\"");
        long syncId = syncId();
        Snapshot first = snapshot(syncId);
        assertMatchesTheSandbox(first);
        assertThat(afterFirst.body()).contains("<dt>Members</dt><dd>" + first.memberRows() + "</dd>")
                .contains("<dt>Gradebook columns</dt><dd>" + first.lineItemRows() + "</dd>")
                .contains("<dt>Results</dt><dd>" + first.resultRows() + "</dd>").contains("Finished");
        Instant firstFinished = progress().finishedAt();

        HttpResponse<String> afterSecond = syncNowAndAwait(instructor, afterFirst);
        assertThat(afterSecond.body()).contains("data-state=\"COMPLETED\"");
        Snapshot second = snapshot(syncId);
        assertThat(progress().finishedAt()).isAfter(firstFinished);
        assertThat(second).isEqualTo(first);
        assertThat(count("SELECT COUNT(*) FROM course_sync WHERE registration_id = ?", live.registration.id())).isEqualTo(1);
    }

    @Test
    void learnerOfTheSameCourseGetsInstructorOnlyOnTheSyncPage() {
        LmsSession learner = new LmsSession();
        HttpResponse<String> landing = learner.launch(live.sandboxUrl + "/launch/learner");
        assertThat(landing.body()).contains("My badges");
        String syncUrl = live.toolUrl + "/course/" + demoCourseId() + "/instructor/sync";

        HttpResponse<String> page = learner.get(syncUrl);
        HttpResponse<String> post = learner.post(syncUrl, Map.of());

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains(LtiAccessDecision.INSTRUCTOR_ONLY);
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(post.body()).contains(LtiAccessDecision.INSTRUCTOR_ONLY);
    }

    @Test
    void syncNowWithoutThePagesSessionTokenIsRefused() {
        LmsSession instructor = new LmsSession();
        HttpResponse<String> syncPage = openSyncPage(instructor);
        String action = URI.create(live.toolUrl).resolve(LmsSession.formAction(syncPage.body())).toString();

        HttpResponse<String> missing = instructor.post(action, Map.of());
        HttpResponse<String> forged = instructor.post(action, Map.of("lti_session", "forged"));

        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(missing.body()).contains("sync_form_token_invalid");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("sync_form_token_invalid");
    }

    @Test
    void instructorSeesInPlainWordsThatTheLmsGrantedNoGradebookAccess() {
        LmsSession instructor = new LmsSession();
        instructor.launch(live.sandboxUrl + "/launch/instructor");
        // as if the latest launch had carried no AGS endpoint claim (the next launch records the real claims again)
        live.tool.getBean(JdbcClient.class).sql("UPDATE lti_context SET ags_lineitems_url = NULL, ags_scopes = '' WHERE id = ?")
                .param(demoCourseId()).update();
        String syncUrl = live.toolUrl + "/course/" + demoCourseId() + "/instructor/sync";

        HttpResponse<String> page = instructor.get(syncUrl);
        HttpResponse<String> post = instructor.post(syncUrl, LmsSession.hiddenFields(page.body()));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("does not share this course&#39;s gradebook with Laurel")
                .contains(CourseServicesUnavailableException.AGS_NOT_GRANTED).contains("disabled");
        assertThat(post.statusCode()).isEqualTo(409);
        assertThat(post.body()).contains(CourseServicesUnavailableException.AGS_NOT_GRANTED);
    }

    /** Instructor launch, then the course page's instructor link and the instructor page's sync link. */
    private static HttpResponse<String> openSyncPage(LmsSession instructor) {
        HttpResponse<String> landing = instructor.launch(live.sandboxUrl + "/launch/instructor");
        HttpResponse<String> instructorPage = instructor.follow(live.toolUrl, landing, "/instructor");
        assertThat(instructorPage.statusCode()).isEqualTo(200);
        return instructor.follow(live.toolUrl, instructorPage, "/instructor/sync");
    }

    /** Presses "Sync now" (the page's form), follows the redirect, and polls the page's progress URL until done. */
    private static HttpResponse<String> syncNowAndAwait(LmsSession instructor, HttpResponse<String> syncPage) {
        String action = URI.create(live.toolUrl).resolve(LmsSession.formAction(syncPage.body())).toString();
        HttpResponse<String> pressed = instructor.post(action, LmsSession.hiddenFields(syncPage.body()));
        assertThat(pressed.statusCode()).isEqualTo(303);
        HttpResponse<String> page = instructor.get(URI.create(action).resolve(pressed.headers().firstValue("Location")
                .orElseThrow()).toString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(state(page.body())).isIn("REQUESTED", "RUNNING", "COMPLETED");
        String progressUrl = URI.create(live.toolUrl).resolve(LmsSession.unescape(find(PROGRESS_URL, page.body()))).toString();
        await("the course sync job").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> state(instructor.get(progressUrl).body()), state -> state.equals("COMPLETED")
                        || state.equals("FAILED"));
        HttpResponse<String> done = instructor.get(progressUrl);
        assertThat(state(done.body())).as(done.body()).isEqualTo("COMPLETED");
        return instructor.follow(live.toolUrl, instructor.get(live.toolUrl + "/course/" + demoCourseId() + "/instructor"),
                "/instructor/sync");
    }

    private static void assertMatchesTheSandbox(Snapshot stored) {
        Course course = demoCourse();
        List<Member> members = live.sandbox.getBean(Courses.class).members(course.id());
        assertThat(members).filteredOn(member -> member.role() == CourseRole.LEARNER).hasSize(24);
        assertThat(members).filteredOn(member -> member.role() == CourseRole.INSTRUCTOR).hasSize(1);
        assertThat(stored.members()).isEqualTo(members.stream()
                .map(member -> new StoredMember(member.user().subject(), member.role().uri(), member.status()))
                .collect(Collectors.toSet()));

        List<LineItem> items = live.sandbox.getBean(LineItems.class).page(course.id(),
                new LineItems.Filter(null, null, null), 0, 1_000);
        long assignments = items.stream().filter(item -> SandboxCourses.ASSIGNMENT_TAG.equals(item.tag())).count();
        assertThat(assignments).isEqualTo(3);
        assertThat(items).hasSize((int) assignments + live.sandbox.getBean(Courses.class).assignments(course.id())
                .stream().mapToInt(assignment -> assignment.rubric().criteria().size()).sum());
        assertThat(stored.lineItems()).isEqualTo(items.stream()
                .map(item -> new StoredLineItem(item.label(), item.tag(), item.resourceId(), item.scoreMaximum()))
                .collect(Collectors.toSet()));

        Scores scores = live.sandbox.getBean(Scores.class);
        Set<StoredResult> expected = new HashSet<>();
        for (LineItem item : items) {
            for (Score score : scores.page(item.id(), null, 0, 1_000)) {
                // AGS §3.3: results are on the line item's scale
                expected.add(new StoredResult(item.label(), String.valueOf(score.userId()),
                        score.scoreGiven() * item.scoreMaximum() / score.scoreMaximum(), item.scoreMaximum()));
            }
        }
        assertThat(expected).hasSize(items.size() * 24);
        assertThat(stored.results()).isEqualTo(expected);
        assertThat(stored.resultRows()).isEqualTo(expected.size());
    }

    private record StoredMember(String userId, String roles, String status) {
    }

    private record StoredLineItem(String label, String tag, String resourceId, Double scoreMaximum) {
    }

    private record StoredResult(String lineItemLabel, String userId, Double score, Double maximum) {
    }

    /** Laurel's stored rows of a sync, with the raw row counts (sets would hide duplicates). */
    private record Snapshot(Set<StoredMember> members, long memberRows, Set<StoredLineItem> lineItems,
            long lineItemRows, Set<StoredResult> results, long resultRows) {
    }

    private static Snapshot snapshot(long syncId) {
        JdbcClient jdbc = live.tool.getBean(JdbcClient.class);
        List<StoredMember> members = jdbc.sql("SELECT user_id, roles, status FROM course_member WHERE sync_id = ?")
                .param(syncId).query((rs, row) -> new StoredMember(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        List<StoredLineItem> lineItems = jdbc.sql("""
                SELECT label, tag, resource_id, score_maximum FROM course_line_item WHERE sync_id = ?""").param(syncId)
                .query((rs, row) -> new StoredLineItem(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Double.class))).list();
        List<StoredResult> results = jdbc.sql("""
                SELECT i.label, r.user_id, r.result_score, r.result_maximum FROM course_result r
                JOIN course_line_item i ON i.id = r.line_item_id WHERE i.sync_id = ?""").param(syncId)
                .query((rs, row) -> new StoredResult(rs.getString(1), rs.getString(2), rs.getObject(3, Double.class),
                        rs.getObject(4, Double.class))).list();
        assertThat(new HashSet<>(members)).hasSameSizeAs(members);
        assertThat(new HashSet<>(lineItems)).hasSameSizeAs(lineItems);
        assertThat(new HashSet<>(results)).hasSameSizeAs(results);
        return new Snapshot(Set.copyOf(members), members.size(), Set.copyOf(lineItems), lineItems.size(),
                Set.copyOf(results), results.size());
    }

    private static long syncId() {
        LtiContext context = demoContext();
        return live.tool.getBean(JdbcClient.class).sql("""
                SELECT id FROM course_sync WHERE registration_id = ? AND deployment_id = ? AND context_id = ?""")
                .params(context.registrationId(), context.deploymentId(), context.contextId()).query(Long.class).single();
    }

    private static CourseSyncProgress progress() {
        LtiContext context = demoContext();
        return live.tool.getBean(CourseSyncService.class).progress(new CourseKey(context.registrationId(),
                context.deploymentId(), context.contextId())).orElseThrow();
    }

    private static long count(String sql, Object... params) {
        return live.tool.getBean(JdbcClient.class).sql(sql).params(params).query(Long.class).single();
    }

    private static Course demoCourse() {
        return live.sandbox.getBean(Courses.class).findByLabel(DEMO_COURSE_LABEL).orElseThrow();
    }

    private static LtiContext demoContext() {
        String deploymentId = live.tool.getBean(PlatformRegistrations.class).deployments(live.registration.id()).get(0)
                .deploymentId();
        return live.tool.getBean(LtiContexts.class).find(live.registration.id(), deploymentId, demoCourse().contextId())
                .orElseThrow();
    }

    private static long demoCourseId() {
        return demoContext().id();
    }

    private static String state(String html) {
        return find(STATE, html);
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in " + html);
        }
        return matcher.group(1);
    }
}
