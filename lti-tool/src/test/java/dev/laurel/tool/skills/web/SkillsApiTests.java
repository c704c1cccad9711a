package dev.laurel.tool.skills.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.launch.LtiLaunchMessage;
import dev.laurel.tool.launch.LtiSessionTokens;
import dev.laurel.tool.launch.LtiSessions;
import dev.laurel.tool.launch.LtiUser;
import dev.laurel.tool.lti.LaurelRole;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ToolTest
class SkillsApiTests {

    private static final String PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";

    private final HttpClient http = HttpClient.newHttpClient();

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    LtiSessions sessions;

    @Autowired
    LtiSessionTokens tokens;

    /** The session cookie of a launched instructor, sent with every request. */
    private String cookie;

    @BeforeEach
    void indexIsReady() {
        cookie = "LAUREL_LTI_SESSION=" + session(LaurelRole.INSTRUCTOR, false);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .until(() -> json(get("/skills/status")).path("ready").asBoolean());
    }

    /** A launched user's session id (as a cookie carries it, or for a token when cookieless). */
    private String session(LaurelRole role, boolean cookieless) {
        String sub = "user-" + UUID.randomUUID();
        LtiUser user = new LtiUser(7, "deployment-1", "skills-course", "Skills", sub, null, null, Set.of(role), null);
        return sessions.create(new LtiLaunchMessage(user, "LtiResourceLinkRequest", "SK1", null), cookieless);
    }

    @Test
    void withoutASessionOnlyTheStatusIsAnsweredEverythingElseIsSessionMissing() throws Exception {
        cookie = null;

        assertThat(get("/skills/status").statusCode()).isEqualTo(200);
        assertRefused(get("/skills/search?q=python"), 401, "session_missing");
        assertRefused(post("/skills/suggest", "{\"text\":\"statistics\"}"), 401, "session_missing");
        assertRefused(get("/skills/alignment?uri=" + encode(PYTHON)), 401, "session_missing");
        assertRefused(get("/skills/picker"), 401, "session_missing");
    }

    @Test
    void aLearnersSessionIsInstructorOnly() throws Exception {
        cookie = "LAUREL_LTI_SESSION=" + session(LaurelRole.LEARNER, false);

        assertRefused(get("/skills/search?q=python"), 403, "instructor_only");
        assertRefused(post("/skills/suggest", "{\"text\":\"statistics\"}"), 403, "instructor_only");
    }

    @Test
    void aCookielessInstructorSendsTheSessionTokenInTheHeader() throws Exception {
        cookie = null;
        String token = tokens.issue(session(LaurelRole.INSTRUCTOR, true));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/skills/search?q=python"))
                .header("Accept", "application/json").header("X-Laurel-Session", token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/skills/picker?lti_session=" + encode(token)))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("results").size()).isPositive();
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsPattern("data-session=\"[^\"]+\"");
    }

    @Test
    void searchAnswersMatchesAsJson() throws Exception {
        HttpResponse<String> response = get("/skills/search?q=" + encode("Python") + "&limit=3");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonNode first = json(response).path("results").get(0);
        assertThat(first.path("uri").asString()).isEqualTo(PYTHON);
        assertThat(first.path("label").asString()).isEqualTo("Python (computer programming)");
        assertThat(first.path("framework").asString()).isEqualTo("ESCO");
        assertThat(first.path("type").asString()).isEqualTo("knowledge");
        assertThat(first.path("description").asString()).isNotEmpty();
        assertThat(first.path("score").asDouble()).isPositive();
    }

    @Test
    void searchFiltersByFramework() throws Exception {
        JsonNode results = json(get("/skills/search?q=critical&framework=" + encode("O*NET"))).path("results");

        assertThat(results.size()).isPositive();
        results.forEach(result -> assertThat(result.path("framework").asString()).isEqualTo("O*NET"));
        assertThat(results.get(0).path("label").asString()).isEqualTo("Critical Thinking");
    }

    @Test
    void suggestAnswersSkillsForACriterion() throws Exception {
        HttpResponse<String> response = post("/skills/suggest", json.writeValueAsString(Map.of(
                "text", "Interprets descriptive statistics and builds charts to communicate findings from a dataset",
                "limit", 10)));

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> labels = json(response).path("results").valueStream().map(r -> r.path("label").asString()).toList();
        assertThat(labels).hasSize(10).contains("statistics");
    }

    @Test
    void alignmentAnswersTheOpenBadgesAlignment() throws Exception {
        JsonNode alignment = json(get("/skills/alignment?uri=" + encode(PYTHON)));

        assertThat(alignment.path("type").get(0).asString()).isEqualTo("Alignment");
        assertThat(alignment.path("targetUrl").asString()).isEqualTo(PYTHON);
        assertThat(alignment.path("targetFramework").asString()).isEqualTo("ESCO");
        assertThat(alignment.path("targetType").asString()).isEqualTo("ceasn:Competency");
        assertThat(alignment.path("targetCode").asString()).isEqualTo("ccd0a1d9-afda-43d9-b901-96344886e14d");
    }

    @Test
    void rejectsAMissingOrBlankQuery() throws Exception {
        assertRefused(get("/skills/search"), 400, "query_missing");
        assertRefused(get("/skills/search?q=%20%20"), 400, "query_missing");
    }

    @Test
    void rejectsAnOverlongQuery() throws Exception {
        assertRefused(get("/skills/search?q=" + "a".repeat(201)), 400, "query_too_long");
        assertThat(get("/skills/search?q=" + "a".repeat(200)).statusCode()).isEqualTo(200);
    }

    @Test
    void rejectsALimitOutOfRange() throws Exception {
        assertRefused(get("/skills/search?q=data&limit=0"), 400, "limit_out_of_range");
        assertRefused(get("/skills/search?q=data&limit=51"), 400, "limit_out_of_range");
        assertRefused(get("/skills/search?q=data&limit=ten"), 400, "limit_out_of_range");
        assertRefused(post("/skills/suggest", "{\"text\":\"statistics\",\"limit\":500}"), 400, "limit_out_of_range");
    }

    @Test
    void rejectsAnUnknownFramework() throws Exception {
        assertRefused(get("/skills/search?q=data&framework=isco"), 400, "framework_unknown");
    }

    @Test
    void rejectsSuggestWithoutText() throws Exception {
        assertRefused(post("/skills/suggest", "{}"), 400, "text_missing");
        assertRefused(post("/skills/suggest", "{\"text\":\"   \"}"), 400, "text_missing");
        assertRefused(post("/skills/suggest", ""), 400, "text_missing");
    }

    @Test
    void rejectsOverlongCriterionText() throws Exception {
        assertRefused(post("/skills/suggest", json.writeValueAsString(Map.of("text", "statistics ".repeat(400)))),
                400, "text_too_long");
    }

    @Test
    void rejectsMalformedJson() throws Exception {
        assertRefused(post("/skills/suggest", "{\"text\": "), 400, "body_unreadable");
    }

    @Test
    void rejectsABodyThatIsNotJson() throws Exception {
        HttpRequest request = withCookie(HttpRequest.newBuilder(uri("/skills/suggest")).header("Content-Type", "text/plain")
                .header("Accept", "application/json")).POST(HttpRequest.BodyPublishers.ofString("statistics")).build();

        assertRefused(http.send(request, HttpResponse.BodyHandlers.ofString()), 415, "json_required");
    }

    @Test
    void answersNotFoundForAnUnknownSkill() throws Exception {
        assertRefused(get("/skills/alignment?uri=" + encode("http://data.europa.eu/esco/skill/nope")), 404,
                "skill_not_found");
        assertRefused(get("/skills/alignment"), 400, "uri_missing");
    }

    @Test
    void statusReportsTheIndexedCounts() throws Exception {
        JsonNode status = json(get("/skills/status"));

        assertThat(status.path("indexed").asInt()).isEqualTo(13_964);
        assertThat(status.path("esco").asInt()).isEqualTo(13_896);
        assertThat(status.path("onet").asInt()).isEqualTo(68);
        assertThat(status.path("buildMillis").asLong()).isPositive();
    }

    @Test
    void pickerPageShowsThePickerAndTheSubmittedSkills() throws Exception {
        HttpResponse<String> response = get("/skills/picker?criterion=statistics&skills=" + encode(PYTHON), "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("data-skills-picker")
                .contains("role=\"combobox\"")
                .contains("/js/skills-picker.js")
                .contains("<input type=\"hidden\" name=\"skills\" value=\"" + PYTHON + "\">")
                .contains("Python (computer programming)")
                .contains("This service uses the ESCO classification of the European Commission.");
    }

    private void assertRefused(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode body = json(response);
        assertThat(body.path("error").asString()).isEqualTo(code);
        assertThat(body.path("message").asString()).isNotBlank().doesNotContain("Exception");
    }

    private JsonNode json(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, "application/json");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(withCookie(HttpRequest.newBuilder(uri(path)).header("Accept", accept)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        HttpRequest request = withCookie(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json")).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder withCookie(HttpRequest.Builder request) {
        return cookie == null ? request : request.header("Cookie", cookie);
    }
}
