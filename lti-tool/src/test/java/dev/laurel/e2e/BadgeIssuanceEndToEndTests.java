package dev.laurel.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.laurel.sandbox.course.Assignment;
import dev.laurel.sandbox.course.Course;
import dev.laurel.sandbox.course.CourseRole;
import dev.laurel.sandbox.course.Courses;
import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.evaluation.Eligibilities;
import dev.laurel.tool.badges.issuance.BadgeAward;
import dev.laurel.tool.badges.issuance.BadgeAwards;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.issuing.IssuedCredentialStore;
import dev.laurel.tool.launch.LtiContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 6 end to end on the sandbox course over real HTTP: the instructor defines a badge from a rubric in the
 * badge editor, a sync reads the grades through AGS, the review page shows exactly the students whose rubric level
 * qualifies, issuing produces credentials that the public verifier accepts, and a second issuance creates none.
 */
@DatabaseTest
class BadgeIssuanceEndToEndTests {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"lti_session\" value=\"([^\"]+)\"");
    private static final Pattern QUALIFYING_ROW = Pattern.compile("data-user=\"([^\"]+)\" data-status=\"QUALIFIES\"");
    private static final Pattern RUN_STATE = Pattern.compile("data-issuance-status[^>]*data-state=\"([A-Z]+)\"");

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
    void instructorDefinesABadgeFromARubricAndIssuesVerifiableCredentialsToExactlyTheQualifyingStudentsOnce() throws Exception {
        LmsSession instructor = new LmsSession();
        instructor.launch(live.sandboxUrl + "/launch/instructor");
        LtiContext course = live.demoCourse();
        String base = live.toolUrl + "/course/" + course.id() + "/instructor";
        live.syncAndAwait(course);
        Rubric rubric = await("the demo rubrics of the first sync").atMost(Duration.ofMinutes(1))
            .until(() -> live.tool.getBean(Rubrics.class).list(course.id()), rubrics -> rubrics.size() == 3)
            .stream().filter(r -> r.name().startsWith("Exploring a Real-World Dataset")).findFirst().orElseThrow();

        // the instructor defines "Data cleaning champion": Exemplary on the rubric's data-cleaning criterion
        HttpResponse<String> editor = instructor.get(base + "/badges/new?rubric=" + rubric.id());
        assertThat(editor.statusCode()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("lti_session", formToken(editor.body()));
        form.put("name", "Data cleaning champion");
        form.put("description", "Cleans real-world data to an exemplary standard.");
        form.put("criteriaNarrative", "Exemplary on the data cleaning criterion of the dataset exploration.");
        form.put("achievementType", "Badge");
        form.put("rubricId", String.valueOf(rubric.id()));
        form.put("rule.combination", "all");
        form.put("rule.criteria[0].criterionKey", "data-cleaning");
        form.put("rule.criteria[0].levelKey", "exemplary");
        form.put("issuanceMode", "MANUAL");
        form.put("action", "save");
        HttpResponse<String> created = instructor.post(base + "/badges", form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        Badge badge = live.tool.getBean(Badges.class).list(course.id()).stream()
            .filter(b -> b.name().equals("Data cleaning champion")).findFirst().orElseThrow();

        // a sync reads the grades through AGS and evaluates the new badge
        live.syncAndAwait(course);
        Set<String> expected = exemplaryInDataCleaning();
        assertThat(expected).isNotEmpty();
        await("the new badge's evaluation").atMost(Duration.ofMinutes(1))
            .until(() -> live.tool.getBean(Eligibilities.class).forBadge(badge.id()).size() == 24);

        HttpResponse<String> review = instructor.get(base + "/badges/" + badge.id() + "/review");
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(all(QUALIFYING_ROW, review.body())).containsExactlyInAnyOrderElementsOf(expected);

        // issue to everyone who qualifies, follow the progress page to the end
        String runPage = issueAll(instructor, base, badge, review.body());
        String finished = await("the issuance run").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
            .until(() -> instructor.get(runPage).body(), html -> "COMPLETED".equals(first(RUN_STATE, html)));
        assertThat(finished).contains("data-figure=\"issued\">" + expected.size() + "<");

        List<BadgeAward> awards = live.tool.getBean(BadgeAwards.class).forBadge(badge.id());
        assertThat(awards).extracting(BadgeAward::userId).containsExactlyInAnyOrderElementsOf(expected);
        IssuedCredentialStore credentials = live.tool.getBean(IssuedCredentialStore.class);
        for (BadgeAward award : awards) {
            IssuedCredential credential = credentials.find(UUID.fromString(award.credentialUuid())).orElseThrow();
            JsonNode verdict = verify(credential);
            assertThat(verdict.get("verified").asBoolean()).as(verdict.toString()).isTrue();
        }
        long issuedBefore = issuedFor(badge);
        assertThat(issuedBefore).isEqualTo(expected.size());

        // a second issuance run creates no credential
        HttpResponse<String> again = instructor.get(base + "/badges/" + badge.id() + "/review");
        assertThat(all(QUALIFYING_ROW, again.body())).isEmpty();
        Map<String, String> second = Map.of("lti_session", formToken(again.body()), "request", UUID.randomUUID().toString(),
                "all", "true");
        HttpResponse<String> refused = instructor.post(base + "/badges/" + badge.id() + "/review", second);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("nothing_to_issue");
        assertThat(issuedFor(badge)).isEqualTo(issuedBefore);
    }

    private static String issueAll(LmsSession instructor, String base, Badge badge, String reviewHtml) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("lti_session", formToken(reviewHtml));
        fields.put("request", first(Pattern.compile("name=\"request\" value=\"([^\"]+)\""), reviewHtml));
        fields.put("all", "true");
        HttpResponse<String> pressed = instructor.post(base + "/badges/" + badge.id() + "/review", fields);
        assertThat(pressed.statusCode()).as(pressed.body()).isEqualTo(303);
        return URI.create(live.toolUrl).resolve(pressed.headers().firstValue("Location").orElseThrow()).toString();
    }

    private static JsonNode verify(IssuedCredential credential) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(live.toolUrl + "/verify"))
                .header("Content-Type", credential.mediaType()).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(credential.serialized())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(answer.body());
    }

    private static long issuedFor(Badge badge) {
        return live.tool.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM issued_credential WHERE achievement_key = ?")
            .param(badge.achievementKey()).query(Long.class).single();
    }

    /** The LTI subjects of the students the sandbox graded Exemplary on data cleaning. */
    private static Set<String> exemplaryInDataCleaning() {
        Courses courses = live.sandbox.getBean(Courses.class);
        Course sandboxCourse = courses.findByLabel("DAF101").orElseThrow();
        Assignment assignment = courses.assignments(sandboxCourse.id()).stream()
            .filter(a -> a.title().equals("Exploring a Real-World Dataset")).findFirst().orElseThrow();
        int criterion = assignment.rubric().criteria().stream().map(c -> c.key()).toList().indexOf("data-cleaning");
        return courses.members(sandboxCourse.id()).stream().filter(member -> member.role() == CourseRole.LEARNER)
            .filter(member -> courses.rubricGrade(assignment, member.user().id()).get(criterion) == 3)
            .map(member -> member.user().subject()).collect(Collectors.toSet());
    }

    private static String formToken(String html) {
        return LmsSession.unescape(first(FORM_TOKEN, html));
    }

    private static String first(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        return matcher.find() ? LmsSession.unescape(matcher.group(1)) : null;
    }

    private static List<String> all(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(LmsSession.unescape(matcher.group(1)));
        }
        return found;
    }
}
