package dev.laurel.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.sandbox.demo.SandboxCourses;
import dev.laurel.sandbox.platform.Lti;
import dev.laurel.sandbox.registration.RegistrationTokens;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgsTests {

    @LocalServerPort
    int port;

    @Autowired
    RegistrationTokens registrationTokens;

    @Autowired
    SandboxCourses sandboxCourses;

    SandboxHttp sandbox;
    TestTool tool;
    String clientId;
    String token;
    SandboxCourses.GeneratedCourse bigCourse;
    SandboxCourses.GeneratedCourse smallCourse;

    @BeforeAll
    void prepare() {
        sandbox = new SandboxHttp(port);
        tool = new TestTool(sandbox);
        clientId = tool.register(registrationTokens.issue()).clientId();
        token = tool.accessToken(clientId, Lti.AGS_SCOPES.toArray(String[]::new));
        bigCourse = sandboxCourses.createCourse(1000, 3);
        smallCourse = sandboxCourses.createCourse(5, 0);
    }

    @AfterAll
    void stopTool() {
        tool.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void resultsOfAThousandMemberCourseArriveAcrossPages() {
        String lineItemsUrl = "/api/lti/courses/" + bigCourse.courseId() + "/lineitems?type_id=1";
        List<Object> items = SandboxHttp.jsonArray(get(lineItemsUrl, Lti.MEDIA_LINEITEM_CONTAINER));
        String resultsUrl = insertBeforeQuery((String) ((Map<String, Object>) items.get(0)).get("id"), "/results") + "&limit=100";

        Set<String> users = new HashSet<>();
        int pages = 0;
        String next = resultsUrl;
        while (next != null) {
            HttpResponse<String> page = get(next, Lti.MEDIA_RESULT_CONTAINER);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(Lti.MEDIA_RESULT_CONTAINER));
            SandboxHttp.jsonArray(page).forEach(result -> users.add((String) ((Map<String, Object>) result).get("userId")));
            next = SandboxHttp.link(page, "next");
            pages++;
        }

        assertThat(users).hasSize(999);
        assertThat(pages).isEqualTo(10);
    }

    @Test
    void lineItemsArePagedWithANextLink() {
        HttpResponse<String> first = get("/api/lti/courses/" + bigCourse.courseId() + "/lineitems?type_id=1&limit=2",
                Lti.MEDIA_LINEITEM_CONTAINER);
        HttpResponse<String> second = get(SandboxHttp.link(first, "next"), Lti.MEDIA_LINEITEM_CONTAINER);

        assertThat(SandboxHttp.jsonArray(first)).hasSize(2);
        assertThat(SandboxHttp.jsonArray(second)).hasSize(1);
        assertThat(SandboxHttp.link(second, "next")).isNull();
        assertThat(SandboxHttp.link(first, "next")).startsWith(sandbox.base() + "/api/lti/courses/" + bigCourse.courseId() + "/lineitems?");
    }

    @Test
    void createsReadsUpdatesAndDeletesALineItemThroughItsQueryStringUrl() {
        String container = "/api/lti/courses/" + smallCourse.courseId() + "/lineitems?type_id=1";
        Map<String, Object> create = new LinkedHashMap<>();
        create.put("label", "Badge: Data Wrangler");
        create.put("scoreMaximum", 100);
        create.put("resourceId", "badge-42");
        create.put("tag", "laurel-badge");
        create.put("resourceLinkId", "laurel-" + smallCourse.courseId());
        HttpResponse<String> created = sandbox.postJson(container, Lti.MEDIA_LINEITEM, create, auth());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(Lti.MEDIA_LINEITEM));
        String id = (String) SandboxHttp.json(created).get("id");
        assertThat(id).matches(sandbox.base() + "/api/lti/courses/" + smallCourse.courseId() + "/lineitems/\\d+/lineitem\\?type_id=\\d+");
        assertThat(SandboxHttp.json(get(id, Lti.MEDIA_LINEITEM))).containsEntry("label", "Badge: Data Wrangler")
                .containsEntry("resourceId", "badge-42").containsEntry("tag", "laurel-badge");

        Map<String, Object> update = new LinkedHashMap<>(create);
        update.put("label", "Badge: Data Wrangler (renamed)");
        update.put("scoreMaximum", 50);
        HttpResponse<String> updated = sandbox.putJson(id, Lti.MEDIA_LINEITEM, update, auth());
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(SandboxHttp.json(get(id, Lti.MEDIA_LINEITEM))).containsEntry("label", "Badge: Data Wrangler (renamed)");

        assertThat(SandboxHttp.jsonArray(get(container + "&tag=laurel-badge", Lti.MEDIA_LINEITEM_CONTAINER))).hasSize(1);
        assertThat(SandboxHttp.jsonArray(get(container + "&resource_id=badge-42", Lti.MEDIA_LINEITEM_CONTAINER))).hasSize(1);
        assertThat(SandboxHttp.jsonArray(get(container + "&resource_link_id=laurel-" + smallCourse.courseId(),
                Lti.MEDIA_LINEITEM_CONTAINER))).hasSize(1);
        assertThat(SandboxHttp.jsonArray(get(container + "&tag=other", Lti.MEDIA_LINEITEM_CONTAINER))).isEmpty();

        assertThat(sandbox.delete(id, auth()).statusCode()).isEqualTo(204);
        HttpResponse<String> gone = get(id, Lti.MEDIA_LINEITEM);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(SandboxHttp.json(gone)).containsEntry("error", "line_item_not_found");
    }

    @Test
    @SuppressWarnings("unchecked")
    void scoresUpdateResultsAndTheNewestScoreWins() {
        String id = createLineItem(smallCourse.courseId(), "Scored item", 10);
        String learner = String.valueOf(smallCourse.memberIds().get(1));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

        assertThat(postScore(id, score(learner, 4, 10, now)).statusCode()).isEqualTo(204);
        assertThat(postScore(id, score(learner, 8, 10, now.plusSeconds(1))).statusCode()).isEqualTo(204);
        HttpResponse<String> older = postScore(id, score(learner, 1, 10, now.minusSeconds(5)));

        assertThat(older.statusCode()).isEqualTo(409);
        assertThat(SandboxHttp.json(older)).containsEntry("error", "score_out_of_date");
        List<Object> results = SandboxHttp.jsonArray(get(insertBeforeQuery(id, "/results") + "&user_id=" + learner,
                Lti.MEDIA_RESULT_CONTAINER));
        assertThat(results).hasSize(1);
        Map<String, Object> result = (Map<String, Object>) results.get(0);
        assertThat(result).containsEntry("userId", learner).containsEntry("scoreOf", id);
        assertThat(((Number) result.get("resultScore")).doubleValue()).isEqualTo(8.0);
        assertThat(((Number) result.get("resultMaximum")).doubleValue()).isEqualTo(10.0);
    }

    @Test
    void rejectsAScoreWithoutAValidTimestamp() {
        String id = createLineItem(smallCourse.courseId(), "Timestamp check", 10);
        Map<String, Object> score = score(String.valueOf(smallCourse.memberIds().get(1)), 1, 10, OffsetDateTime.now());
        score.put("timestamp", "yesterday");

        assertProblem(postScore(id, score), 400, "score_timestamp_invalid");
    }

    @Test
    void rejectsAScoreForSomeoneOutsideTheCourse() {
        String id = createLineItem(smallCourse.courseId(), "Membership check", 10);

        assertProblem(postScore(id, score(String.valueOf(bigCourse.memberIds().get(5)), 1, 10, OffsetDateTime.now())), 400,
                "score_user_unknown");
    }

    @Test
    void rejectsAScoreGivenWithoutScoreMaximum() {
        String id = createLineItem(smallCourse.courseId(), "Maximum check", 10);
        Map<String, Object> score = score(String.valueOf(smallCourse.memberIds().get(1)), 1, 10, OffsetDateTime.now());
        score.remove("scoreMaximum");

        assertProblem(postScore(id, score), 400, "score_maximum_invalid");
    }

    @Test
    void rejectsAnUnknownGradingProgress() {
        String id = createLineItem(smallCourse.courseId(), "Progress check", 10);
        Map<String, Object> score = score(String.valueOf(smallCourse.memberIds().get(1)), 1, 10, OffsetDateTime.now());
        score.put("gradingProgress", "Done");

        assertProblem(postScore(id, score), 400, "score_grading_progress_invalid");
    }

    @Test
    void rejectsALineItemWithoutLabel() {
        Map<String, Object> create = Map.of("scoreMaximum", 10);

        assertProblem(sandbox.postJson("/api/lti/courses/" + smallCourse.courseId() + "/lineitems?type_id=1", Lti.MEDIA_LINEITEM,
                create, auth()), 400, "line_item_label_missing");
    }

    @Test
    @SuppressWarnings("unchecked")
    void refusesChangesToTheLmsOwnGradebookItems() {
        String url = "/api/lti/courses/" + bigCourse.courseId() + "/lineitems?type_id=1&limit=1";
        String id = (String) ((Map<String, Object>) SandboxHttp.jsonArray(get(url, Lti.MEDIA_LINEITEM_CONTAINER)).get(0)).get("id");

        assertProblem(sandbox.delete(id, auth()), 403, "line_item_not_owned");
    }

    @Test
    void refusesARequestWithoutBearerToken() {
        HttpResponse<String> response = sandbox.get("/api/lti/courses/" + smallCourse.courseId() + "/lineitems");

        assertProblem(response, 401, "invalid_token");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
    }

    @Test
    void refusesAnUnknownBearerToken() {
        assertProblem(sandbox.get("/api/lti/courses/" + smallCourse.courseId() + "/lineitems", "Authorization", "Bearer nope"),
                401, "invalid_token");
    }

    @Test
    void readOnlyTokenCannotCreateLineItemsOrPostScores() {
        String readOnly = tool.accessToken(clientId, Lti.SCOPE_LINEITEM_READONLY);
        String container = "/api/lti/courses/" + smallCourse.courseId() + "/lineitems?type_id=1";

        assertThat(sandbox.get(container, "Authorization", "Bearer " + readOnly).statusCode()).isEqualTo(200);
        assertProblem(sandbox.postJson(container, Lti.MEDIA_LINEITEM, Map.of("label", "x", "scoreMaximum", 1),
                "Authorization", "Bearer " + readOnly), 403, "insufficient_scope");
        String id = createLineItem(smallCourse.courseId(), "Scope check", 10);
        assertProblem(sandbox.postJson(insertBeforeQuery(id, "/scores"), Lti.MEDIA_SCORE,
                score(String.valueOf(smallCourse.memberIds().get(1)), 1, 10, OffsetDateTime.now()),
                "Authorization", "Bearer " + readOnly), 403, "insufficient_scope");
        assertProblem(sandbox.get(insertBeforeQuery(id, "/results"), "Authorization", "Bearer " + readOnly), 403,
                "insufficient_scope");
    }

    @Test
    void unknownCourseIsNotFound() {
        assertProblem(get("/api/lti/courses/987654/lineitems", Lti.MEDIA_LINEITEM_CONTAINER), 404, "course_not_found");
    }

    private String createLineItem(long courseId, String label, int maximum) {
        HttpResponse<String> created = sandbox.postJson("/api/lti/courses/" + courseId + "/lineitems?type_id=1", Lti.MEDIA_LINEITEM,
                Map.of("label", label, "scoreMaximum", maximum), auth());
        assertThat(created.statusCode()).isEqualTo(201);
        return (String) SandboxHttp.json(created).get("id");
    }

    private HttpResponse<String> postScore(String lineItemId, Map<String, Object> score) {
        return sandbox.postJson(insertBeforeQuery(lineItemId, "/scores"), Lti.MEDIA_SCORE, score, auth());
    }

    private static Map<String, Object> score(String userId, double given, double maximum, OffsetDateTime timestamp) {
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("userId", userId);
        score.put("scoreGiven", given);
        score.put("scoreMaximum", maximum);
        score.put("activityProgress", "Completed");
        score.put("gradingProgress", "FullyGraded");
        score.put("timestamp", timestamp.toString());
        return score;
    }

    /** AGS §3.2.7 / §3.4: the results and scores URLs are the line item URL with a path segment added before its query. */
    static String insertBeforeQuery(String lineItemUrl, String segment) {
        int query = lineItemUrl.indexOf('?');
        return query < 0 ? lineItemUrl + segment : lineItemUrl.substring(0, query) + segment + lineItemUrl.substring(query);
    }

    private HttpResponse<String> get(String url, String accept) {
        return sandbox.get(url, "Authorization", "Bearer " + token, "Accept", accept);
    }

    private String[] auth() {
        return new String[] {"Authorization", "Bearer " + token};
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(SandboxHttp.json(response)).containsEntry("error", code);
    }
}
