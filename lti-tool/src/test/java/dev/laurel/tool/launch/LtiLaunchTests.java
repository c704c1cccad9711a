package dev.laurel.tool.launch;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.jwk.RSAKey;
import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.launch.LaunchTestSupport.Login;
import dev.laurel.tool.registration.NewRegistration;
import dev.laurel.tool.registration.PlatformRegistrations;
import dev.laurel.tool.registration.RegistrationSource;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Valid launches per role, the session they leave, the course pages and their authorization. */
@ToolTest
@DatabaseTest
class LtiLaunchTests {

    @RegisterExtension
    static WireMockExtension platformServer = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    PlatformRegistrations registrations;

    @Autowired
    LtiContexts contexts;

    TestPlatform platform;
    String course;

    @BeforeEach
    void platform() {
        platform = TestPlatform.moodle(registrations, platformServer);
        course = "course-" + UUID.randomUUID();
    }

    private ToolBrowser launchAs(List<String> roles, String context) {
        ToolBrowser browser = new ToolBrowser(port);
        String target = browser.base() + "/course";
        Login login = LaunchTestSupport.login(browser, platform, target);
        HttpResponse<String> launch = browser.launch(TestLaunches.resourceLink(platform, login.nonce(), target, context)
                .claim(LtiClaims.ROLES, roles).build(), login.state());
        assertThat(launch.statusCode()).isEqualTo(303);
        assertThat(launch.headers().firstValue("Location")).contains("/course");
        return browser;
    }

    private JsonNode session(ToolBrowser browser) {
        HttpResponse<String> session = browser.get("/lti/session");
        assertThat(session.statusCode()).isEqualTo(200);
        return JSON.readTree(session.body());
    }

    @Test
    void loginRedirectsToThePlatformWithTheOidcAuthenticationRequest() {
        ToolBrowser browser = new ToolBrowser(port);
        Login login = LaunchTestSupport.login(browser, platform, browser.base() + "/course");

        assertThat(login.request()).containsEntry("scope", "openid").containsEntry("response_type", "id_token")
                .containsEntry("response_mode", "form_post").containsEntry("prompt", "none")
                .containsEntry("client_id", platform.registration.clientId())
                .containsEntry("login_hint", "hint-42").containsEntry("lti_message_hint", "message-hint-7")
                .containsKey("state").containsKey("nonce");
        assertThat(login.request().get("redirect_uri")).endsWith("/lti/launch");
        assertThat(browser.setCookieHeaders()).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("LAUREL_LTI_LOGIN=").contains("SameSite=None").contains("Secure")
                .contains("Partitioned").contains("HttpOnly"));
    }

    @Test
    void loginAcceptsAFormPostWithoutClientIdWhenTheIssuerHasOneRegistration() {
        ToolBrowser browser = new ToolBrowser(port);
        HttpResponse<String> redirect = browser.post("/lti/login", Map.of("iss", platform.registration.issuer(),
                "login_hint", "hint-42", "target_link_uri", browser.base() + "/course"));

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(ToolBrowser.query(redirect)).containsEntry("client_id", platform.registration.clientId())
                .doesNotContainKey("lti_message_hint");
    }

    @Test
    void registrationsOwnLoginUrlResolvesItWhenTheIssuerHasSeveral() {
        registrations.register(new NewRegistration(platform.registration.issuer(), "second-client-" + UUID.randomUUID(),
                platform.registration.authorizationUrl(), platform.registration.tokenUrl(),
                platform.registration.jwksUrl(), null, "Moodle", RegistrationSource.MANUAL, false, List.of("d-2")));
        ToolBrowser browser = new ToolBrowser(port);
        String query = "?iss=" + platform.registration.issuer() + "&login_hint=x&target_link_uri="
                + browser.base() + "/course";

        HttpResponse<String> ambiguous = browser.get("/lti/login" + query);
        assertThat(ambiguous.statusCode()).isEqualTo(400);
        assertThat(ambiguous.body()).contains(">ambiguous_registration</span>");
        HttpResponse<String> pinned = browser.get("/lti/login/" + platform.registration.id() + query);
        assertThat(pinned.statusCode()).isEqualTo(302);
        assertThat(ToolBrowser.query(pinned)).containsEntry("client_id", platform.registration.clientId());
    }

    @Test
    void loginWithoutRequiredParametersIsRefused() {
        ToolBrowser browser = new ToolBrowser(port);
        HttpResponse<String> response = browser.get("/lti/login?iss=" + platform.registration.issuer());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(">login_parameter_missing</span>");
    }

    @Test
    void loginOfAnUnknownPlatformIsRefused() {
        ToolBrowser browser = new ToolBrowser(port);
        HttpResponse<String> response = browser.get("/lti/login?iss=https%3A%2F%2Funknown.example.edu&login_hint=x"
                + "&target_link_uri=https%3A%2F%2Flocalhost%2Fcourse");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(">unknown_registration</span>");
    }

    @Test
    void learnerLaunchLandsOnMyBadges() {
        ToolBrowser browser = launchAs(List.of(TestLaunches.LEARNER), course);

        assertThat(browser.setCookieHeaders()).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("LAUREL_LTI_SESSION=").contains("SameSite=None").contains("Secure")
                .contains("Partitioned").contains("HttpOnly"));
        assertThat(browser.get("/course").body()).contains("My badges").doesNotContain("Badges for");
        JsonNode session = session(browser);
        assertThat(session.at("/roles").toString()).isEqualTo("[\"LEARNER\"]");
        assertThat(session.at("/context/id").asString()).isEqualTo(course);
        assertThat(session.at("/deployment/deploymentId").asString()).isEqualTo(platform.deploymentId);
        assertThat(session.at("/deployment/registrationId").asLong()).isEqualTo(platform.registration.id());
        assertThat(registrations.health(platform.registration.id()).lastLaunch()).isPresent();
    }

    @Test
    void instructorLaunchLandsOnTheCourseBadges() {
        ToolBrowser browser = launchAs(List.of(TestLaunches.INSTRUCTOR), course);

        assertThat(browser.get("/course").body()).contains("Badges for Data Analysis Fundamentals");
        assertThat(session(browser).at("/roles").toString()).isEqualTo("[\"INSTRUCTOR\"]");
    }

    @Test
    void administratorLaunchLinksToTheRegistrationAdmin() {
        ToolBrowser browser = launchAs(List.of(TestLaunches.INSTITUTION_ADMIN), course);

        assertThat(browser.get("/course").body()).contains("/admin/registrations/" + platform.registration.id());
        assertThat(session(browser).at("/roles").toString()).isEqualTo("[\"ADMIN\"]");
        assertThat(browser.get("/admin/registrations/" + platform.registration.id()).statusCode()).isEqualTo(200);
        TestPlatform other = TestPlatform.moodle(registrations, platformServer);
        assertThat(browser.get("/admin/registrations/" + other.registration.id()).statusCode()).isNotEqualTo(200);
    }

    @Test
    void moodleShortRoleNamesAreUnderstood() {
        assertThat(session(launchAs(List.of("Instructor"), course)).at("/roles").toString()).isEqualTo("[\"INSTRUCTOR\"]");
        assertThat(session(launchAs(List.of("Learner"), course)).at("/roles").toString()).isEqualTo("[\"LEARNER\"]");
    }

    @Test
    void acceptsEmptyUnknownAndSeveralRolesWithoutPersonalDataOrContext() {
        ToolBrowser browser = new ToolBrowser(port);
        String target = browser.base() + "/course";
        Login login = LaunchTestSupport.login(browser, platform, target);
        String idToken = TestLaunches.resourceLink(platform, login.nonce(), target, course)
                .claim(LtiClaims.ROLES, List.of()).without("name").without("email").without(LtiClaims.CONTEXT).build();

        assertThat(browser.launch(idToken, login.state()).statusCode()).isEqualTo(303);
        JsonNode session = session(browser);
        assertThat(session.at("/roles").toString()).isEqualTo("[]");
        assertThat(session.at("/user/name").isNull()).isTrue();
        assertThat(session.at("/context/id").isNull()).isTrue();
        assertThat(browser.get("/course").body()).contains("does not give you access");

        assertThat(session(launchAs(List.of("https://example.com/custom#Role", TestLaunches.LEARNER,
                TestLaunches.INSTRUCTOR), course)).at("/roles").toString()).isEqualTo("[\"INSTRUCTOR\",\"LEARNER\"]");
    }

    @Test
    void recordsTheContextWithItsServiceEndpoints() {
        launchAs(List.of(TestLaunches.LEARNER), course);

        LtiContext context = contexts.find(platform.registration.id(), platform.deploymentId, course).orElseThrow();
        assertThat(context.title()).isEqualTo("Data Analysis Fundamentals");
        assertThat(context.services().agsLineItemsUrl()).hasToString(
                "https://moodle.example.edu/mod/lti/services.php/2/lineitems?type_id=1");
        assertThat(context.services().agsScopes()).contains("https://purl.imsglobal.org/spec/lti-ags/scope/score");
        assertThat(context.services().nrpsMembershipsUrl()).isNotNull();
    }

    @Test
    void fetchesThePlatformKeySetAgainOnceForAnUnknownKidAndNoMore() {
        launchAs(List.of(TestLaunches.LEARNER), course);
        RSAKey rotated = TestPlatform.newKey();
        platform.publish(platformServer, platform.signingKey, rotated);

        ToolBrowser browser = new ToolBrowser(port);
        String target = browser.base() + "/course";
        Login login = LaunchTestSupport.login(browser, platform, target);
        assertThat(browser.launch(TestLaunches.resourceLink(platform, login.nonce(), target, course).signedWith(rotated)
                .build(), login.state()).statusCode()).isEqualTo(303);

        ToolBrowser attacker = new ToolBrowser(port);
        Login another = LaunchTestSupport.login(attacker, platform, target);
        LaunchTestSupport.assertRejected(attacker, attacker.launch(TestLaunches.resourceLink(platform, another.nonce(),
                target, course).signedWith(TestPlatform.newKey()).build(), another.state()), "unknown_kid");
        platformServer.verify(2, getRequestedFor(urlEqualTo(platform.jwksPath)));
    }

    @Test
    void sessionEndpointWithoutSessionAnswers401() {
        LaunchTestSupport.assertNoSession(new ToolBrowser(port));
    }

    @Test
    void learnerCannotOpenTheInstructorPageOfTheirCourse() {
        ToolBrowser instructor = launchAs(List.of(TestLaunches.INSTRUCTOR), course);
        ToolBrowser learner = launchAs(List.of(TestLaunches.LEARNER), course);
        long courseId = contexts.find(platform.registration.id(), platform.deploymentId, course).orElseThrow().id();

        assertThat(instructor.get("/course/" + courseId + "/instructor").statusCode()).isEqualTo(200);
        assertThat(learner.get("/course/" + courseId).statusCode()).isEqualTo(200);
        HttpResponse<String> denied = learner.get("/course/" + courseId + "/instructor");
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains(">instructor_only</span>");
    }

    @Test
    void nobodyReachesAnotherCourseByChangingTheIdInTheUrl() {
        String otherCourse = "course-" + UUID.randomUUID();
        launchAs(List.of(TestLaunches.INSTRUCTOR), otherCourse);
        ToolBrowser instructor = launchAs(List.of(TestLaunches.INSTRUCTOR), course);
        long otherId = contexts.find(platform.registration.id(), platform.deploymentId, otherCourse).orElseThrow().id();

        for (String path : List.of("/course/" + otherId, "/course/" + otherId + "/instructor")) {
            HttpResponse<String> denied = instructor.get(path);
            assertThat(denied.statusCode()).isEqualTo(403);
            assertThat(denied.body()).contains(">other_course</span>");
        }
    }

    @Test
    void launchThroughPlatformStorageWorksWithoutCookies() {
        ToolBrowser browser = new ToolBrowser(port);
        String target = browser.base() + "/course";
        HttpResponse<String> page = browser.login(platform, target, Map.of("lti_storage_target", "_parent"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-flow=\"login\"").contains("data-storage-target=\"_parent\"")
                .contains("data-platform-origin=\"" + platformServer.baseUrl() + "\"");
        String state = attribute(page.body(), "data-state");
        String nonce = attribute(page.body(), "data-nonce");
        browser.forgetCookies();

        HttpResponse<String> confirm = browser.launch(
                TestLaunches.resourceLink(platform, nonce, target, course).build(), state);
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("data-flow=\"launch\"").contains("/lti/launch/confirm");
        assertThat(browser.cookie("LAUREL_LTI_SESSION")).isNull();

        HttpResponse<String> launched = browser.post("/lti/launch/confirm", Map.of("id_token",
                attribute(confirm.body(), "name=\"id_token\" value"), "state", state, "platform_state", state));
        assertThat(launched.statusCode()).isEqualTo(303);
        assertThat(browser.cookie("LAUREL_LTI_SESSION")).isNull();
        String location = launched.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/course?lti_session=");
        assertThat(launched.headers().firstValue("Referrer-Policy")).contains("same-origin");

        HttpResponse<String> coursePage = browser.get(location);
        assertThat(coursePage.statusCode()).isEqualTo(200);
        assertThat(coursePage.body()).contains("My badges");
        assertThat(coursePage.headers().firstValue("Referrer-Policy")).contains("same-origin");
        String token = location.substring(location.indexOf("lti_session=") + "lti_session=".length());
        assertThat(browser.get("/lti/session?lti_session=" + token).statusCode()).isEqualTo(200);
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThat(browser.get("/lti/session?lti_session=" + tampered).statusCode()).isEqualTo(401);
        LaunchTestSupport.assertNoSession(browser);
    }

    @Test
    void platformStorageConfirmationWithAnotherStateIsRefused() {
        ToolBrowser browser = new ToolBrowser(port);
        String target = browser.base() + "/course";
        HttpResponse<String> page = browser.login(platform, target, Map.of("lti_storage_target", "_parent"));
        String state = attribute(page.body(), "data-state");
        String nonce = attribute(page.body(), "data-nonce");
        browser.forgetCookies();

        HttpResponse<String> refused = browser.post("/lti/launch/confirm", Map.of("id_token",
                TestLaunches.resourceLink(platform, nonce, target, course).build(), "state", state,
                "platform_state", "something-else"));
        LaunchTestSupport.assertRejected(browser, refused, "state_mismatch");
    }

    private static String attribute(String html, String name) {
        int start = html.indexOf(name + "=\"") + name.length() + 2;
        return html.substring(start, html.indexOf('"', start));
    }
}
