package dev.laurel.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.sandbox.platform.Lti;
import dev.laurel.sandbox.registration.RegistrationTokens;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCourseTests {

    @LocalServerPort
    int port;

    @Autowired
    RegistrationTokens registrationTokens;

    SandboxHttp sandbox;
    TestTool tool;
    String token;
    String courseId;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void prepare() {
        sandbox = new SandboxHttp(port);
        tool = new TestTool(sandbox);
        String clientId = tool.register(registrationTokens.issue()).clientId();
        token = tool.accessToken(clientId, Lti.SCOPE_LINEITEM_READONLY, Lti.SCOPE_RESULT_READONLY, Lti.SCOPE_NRPS);
        Map<String, String> login = SandboxHttp.query(SandboxHttp.frameSource(sandbox.get("/launch/instructor").body()));
        Map<String, String> auth = tool.authenticationRequest(SandboxHttp.frameSource(sandbox.get("/launch/instructor").body()));
        assertThat(login).isNotEmpty();
        String idToken = SandboxHttp.hiddenFields(sandbox.postForm("/oidc/auth", auth).body()).get("id_token");
        try {
            courseId = (String) com.nimbusds.jwt.SignedJWT.parse(idToken).getJWTClaimsSet().getJSONObjectClaim(Lti.CONTEXT).get("id");
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void stopTool() {
        tool.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void demoCourseHasAnInstructorAndTwentyFourStudents() {
        Map<String, Object> body = SandboxHttp.json(sandbox.get("/api/lti/courses/" + courseId + "/memberships",
                "Authorization", "Bearer " + token));
        List<Map<String, Object>> members = (List<Map<String, Object>>) body.get("members");

        assertThat((Map<String, Object>) body.get("context")).containsEntry("label", "DAF101")
                .containsEntry("title", "Data Analysis Fundamentals");
        assertThat(members).filteredOn(m -> ((List<String>) m.get("roles")).contains(Lti.ROLE_INSTRUCTOR)).hasSize(1)
                .allSatisfy(m -> assertThat(m).containsEntry("name", "Amara Okafor"));
        assertThat(members).filteredOn(m -> ((List<String>) m.get("roles")).contains(Lti.ROLE_LEARNER)).hasSize(24)
                .allSatisfy(m -> assertThat((String) m.get("email")).matches("[a-z.-]+@students\\.sandbox\\.example"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void rubricsHaveFourLevelsAndThreeToFourCompetencyCriteria() {
        Map<String, Object> body = SandboxHttp.json(sandbox.get("/api/sandbox/courses/" + courseId + "/rubrics"));
        List<Map<String, Object>> assignments = (List<Map<String, Object>>) body.get("assignments");

        assertThat(assignments).hasSize(3);
        for (Map<String, Object> assignment : assignments) {
            List<Map<String, Object>> levels = (List<Map<String, Object>>) assignment.get("levels");
            List<Map<String, Object>> criteria = (List<Map<String, Object>>) assignment.get("criteria");
            assertThat(levels).extracting(l -> l.get("name")).containsExactly("Beginning", "Developing", "Proficient", "Exemplary");
            assertThat(levels).extracting(l -> ((Number) l.get("points")).intValue()).containsExactly(0, 1, 2, 3);
            assertThat(criteria).hasSizeBetween(3, 4).allSatisfy(c -> assertThat(c).containsKeys("key", "title", "description"));
            assertThat(((Number) assignment.get("maxPoints")).intValue()).isEqualTo(3 * criteria.size());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void gradebookHasOneLineItemPerAssignmentAndPerCriterion() {
        List<Map<String, Object>> items = lineItems("");
        List<Map<String, Object>> assignments = lineItems("&tag=assignment");
        List<Map<String, Object>> criteria = items.stream()
                .filter(i -> ((String) i.get("tag")).startsWith("rubric-criterion:")).toList();

        assertThat(assignments).hasSize(3).allSatisfy(a -> assertThat(((Number) a.get("scoreMaximum")).intValue()).isIn(9, 12));
        assertThat(criteria).hasSize(11).allSatisfy(c -> {
            assertThat(((Number) c.get("scoreMaximum")).intValue()).isEqualTo(3);
            assertThat((String) c.get("label")).contains(" – ");
        });
        Map<Object, List<Map<String, Object>>> byAssignment = criteria.stream().collect(Collectors.groupingBy(c -> c.get("resourceId")));
        assertThat(byAssignment.keySet()).containsExactlyInAnyOrderElementsOf(assignments.stream().map(a -> a.get("resourceId")).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void someStudentsReachProficientEverywhereAndSomeDoNot() {
        Map<String, Integer> lowest = new HashMap<>();
        for (Map<String, Object> criterion : lineItems("")) {
            if (!((String) criterion.get("tag")).startsWith("rubric-criterion:")) {
                continue;
            }
            String results = AgsTests.insertBeforeQuery((String) criterion.get("id"), "/results");
            for (Object entry : SandboxHttp.jsonArray(sandbox.get(results, "Authorization", "Bearer " + token))) {
                Map<String, Object> result = (Map<String, Object>) entry;
                lowest.merge((String) result.get("userId"), ((Number) result.get("resultScore")).intValue(), Math::min);
            }
        }

        assertThat(lowest).hasSize(24);
        long qualifying = lowest.values().stream().filter(points -> points >= 2).count();
        assertThat(qualifying).isEqualTo(8);
    }

    @Test
    void homePageShowsTheCourseAndTheThreeLaunches() {
        HttpResponse<String> home = sandbox.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Data Analysis Fundamentals").contains("DAF101").contains("Exploring a Real-World Dataset")
                .contains("href=\"/launch/instructor\"").contains("href=\"/launch/learner\"").contains("href=\"/launch/admin\"")
                .contains("href=\"/launch/instructor/deep-linking\"").contains("Amara Okafor");
    }

    @Test
    void unknownLaunchRoleGetsAReadablePage() {
        HttpResponse<String> response = sandbox.get("/launch/dean");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("launch_role_unknown").doesNotContain("Exception");
    }

    @Test
    void unknownPathGetsTheSandboxErrorPage() {
        HttpResponse<String> response = sandbox.get("/no/such/page", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Sandbox LMS").contains("/no/such/page").doesNotContain("Exception");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> lineItems(String filter) {
        HttpResponse<String> response = sandbox.get("/api/lti/courses/" + courseId + "/lineitems?type_id=1&limit=100" + filter,
                "Authorization", "Bearer " + token);
        return SandboxHttp.jsonArray(response).stream().map(i -> (Map<String, Object>) i).toList();
    }
}
