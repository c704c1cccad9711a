package dev.laurel.tool.registration.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.registration.Deployment;
import dev.laurel.tool.registration.PlatformRegistration;
import dev.laurel.tool.registration.PlatformRegistrations;
import dev.laurel.tool.registration.RegistrationSource;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

@ToolTest
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class DynamicRegistrationTests {

    private static final String MOODLE_CONFIG = "/mod/lti/openid-configuration.php";
    private static final String MOODLE_REGISTER = "/mod/lti/openid-registration.php";
    private static final String CANVAS_CONFIG = "/api/lti/security/openid-configuration";
    private static final String CANVAS_REGISTER = "/api/lti/registrations";

    @LocalServerPort
    int port;

    @Autowired
    PlatformRegistrations registrations;

    private static WireMockServer platform;
    private static String base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startPlatform() {
        platform = new WireMockServer(options().dynamicPort());
        platform.start();
        base = "http://localhost:" + platform.port();
    }

    @AfterAll
    static void stopPlatform() {
        platform.stop();
    }

    @BeforeEach
    void resetPlatform() {
        platform.resetAll();
    }

    @Test
    void moodleRegistrationStoresTheReturnedDeploymentAndAsksForActivation() throws Exception {
        String clientId = TestPlatforms.newClientId();
        String token = TestPlatforms.newRegistrationToken();
        stubMoodle(clientId);

        HttpResponse<String> page = register(base + MOODLE_CONFIG, token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("an administrator must activate the tool in Moodle")
                .contains("org.imsglobal.lti.close").contains("window.opener || window.parent").contains("'*'");
        PlatformRegistration stored = registrations.find(base, clientId).orElseThrow();
        assertThat(stored.source()).isEqualTo(RegistrationSource.DYNAMIC);
        assertThat(stored.acceptsNewDeployments()).isFalse();
        assertThat(stored.authorizationUrl()).isEqualTo(URI.create(base + "/mod/lti/auth.php"));
        assertThat(stored.tokenAudience()).isNull();
        assertThat(registrations.deployments(stored.id())).extracting(Deployment::deploymentId).containsExactly("7");
        platform.verify(postRequestedFor(urlEqualTo(MOODLE_REGISTER))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withRequestBody(matchingJsonPath("$.application_type", equalTo("web")))
                .withRequestBody(matchingJsonPath("$.token_endpoint_auth_method", equalTo("private_key_jwt")))
                .withRequestBody(matchingJsonPath("$.initiate_login_uri", equalTo("http://localhost:8080/lti/login")))
                .withRequestBody(matchingJsonPath("$.redirect_uris[0]", equalTo("http://localhost:8080/lti/launch")))
                .withRequestBody(matchingJsonPath("$.jwks_uri", equalTo("http://localhost:8080/.well-known/jwks.json")))
                .withRequestBody(matchingJsonPath("$['https://purl.imsglobal.org/spec/lti-tool-configuration'].messages[1].type",
                        equalTo("LtiDeepLinkingRequest"))));
    }

    @Test
    void moodleRegistrationTokenWorksOnlyOnce() throws Exception {
        String token = TestPlatforms.newRegistrationToken();
        stubMoodle(TestPlatforms.newClientId());
        assertThat(register(base + MOODLE_CONFIG, token).statusCode()).isEqualTo(200);

        HttpResponse<String> again = register(base + MOODLE_CONFIG, token);

        assertThat(again.statusCode()).isEqualTo(502);
        assertThat(again.body()).contains("registration_rejected").contains("registration token has already been used")
                .doesNotContain("Exception");
    }

    @Test
    void canvasRegistrationSendsTheTokenAsBearerAndAcceptsNewDeployments(CapturedOutput output) throws Exception {
        String clientId = "1000000000" + System.nanoTime() % 100000;
        String token = TestPlatforms.newRegistrationToken();
        stubCanvas(clientId, token);

        HttpResponse<String> page = register(base + CANVAS_CONFIG, token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Next in Canvas").contains("org.imsglobal.lti.close");
        PlatformRegistration stored = registrations.find("https://canvas.instructure.com", clientId).orElseThrow();
        assertThat(stored.acceptsNewDeployments()).isTrue();
        assertThat(stored.tokenAudience()).isEqualTo("sso.canvaslms.com");
        assertThat(registrations.deployments(stored.id())).isEmpty();
        platform.verify(getRequestedFor(urlEqualTo(CANVAS_CONFIG)).withHeader("Authorization", equalTo("Bearer " + token)));
        String toolConfiguration = "$['https://purl.imsglobal.org/spec/lti-tool-configuration']";
        platform.verify(postRequestedFor(urlEqualTo(CANVAS_REGISTER))
                .withRequestBody(matchingJsonPath(toolConfiguration + "['https://canvas.instructure.com/lti/privacy_level']", equalTo("public")))
                .withRequestBody(matchingJsonPath(toolConfiguration + ".messages[0].placements[0]", equalTo("course_navigation")))
                .withRequestBody(matchingJsonPath(toolConfiguration + ".messages[1].placements[0]", equalTo("link_selection")))
                .withRequestBody(matchingJsonPath(toolConfiguration + ".claims[5]", equalTo("email")))
                .withRequestBody(matchingJsonPath("$.grant_types[1]", equalTo("client_credentials")))
                .withRequestBody(matchingJsonPath("$.scope", equalTo(String.join(" ",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/score",
                        "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly")))));
        assertThat(output.getAll()).doesNotContain(token).doesNotContain(token.substring(30, 60));
    }

    @Test
    void registeringTheSameClientIdTwiceIsADuplicate() throws Exception {
        String clientId = "1000000000" + System.nanoTime() % 100000;
        String token = TestPlatforms.newRegistrationToken();
        stubCanvas(clientId, token);
        assertThat(register(base + CANVAS_CONFIG, token).statusCode()).isEqualTo(200);

        HttpResponse<String> again = register(base + CANVAS_CONFIG, token);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("duplicate_registration").contains(clientId);
        assertThat(registrations.findByIssuer("https://canvas.instructure.com"))
                .filteredOn(r -> r.clientId().equals(clientId)).hasSize(1);
    }

    @Test
    void canvasConfigurationWithoutTheTokenIsRefused() throws Exception {
        stubCanvas(TestPlatforms.newClientId(), TestPlatforms.newRegistrationToken());

        HttpResponse<String> page = register(base + CANVAS_CONFIG, null);

        assertThat(page.statusCode()).isEqualTo(502);
        assertThat(page.body()).contains("openid_configuration_unreachable").contains("HTTP 401");
    }

    @Test
    void platformRefusalShowsItsErrorBody() throws Exception {
        platform.stubFor(get(MOODLE_CONFIG).willReturn(okJson(TestPlatforms.fixture("moodle-openid-configuration.json", base, null))));
        platform.stubFor(post(MOODLE_REGISTER).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client_metadata\",\"error_description\":\"redirect_uris must be https\"}")));

        HttpResponse<String> page = register(base + MOODLE_CONFIG, TestPlatforms.newRegistrationToken());

        assertThat(page.statusCode()).isEqualTo(502);
        assertThat(page.body()).contains("registration_rejected").contains("HTTP 400").contains("invalid_client_metadata")
                .contains("redirect_uris must be https");
    }

    @Test
    void unreachableConfigurationIsAReadableFailure() throws Exception {
        String closed = "http://localhost:" + freePort() + MOODLE_CONFIG;

        HttpResponse<String> page = register(closed, TestPlatforms.newRegistrationToken());

        assertThat(page.statusCode()).isEqualTo(502);
        assertThat(page.body()).contains("openid_configuration_unreachable").doesNotContain("at org.");
    }

    @Test
    void configurationThatIsNotJsonIsRejected() throws Exception {
        platform.stubFor(get(MOODLE_CONFIG).willReturn(aResponse().withStatus(200).withBody("<html>Moodle</html>")));

        HttpResponse<String> page = register(base + MOODLE_CONFIG, TestPlatforms.newRegistrationToken());

        assertThat(page.body()).contains("invalid_openid_configuration").contains("not valid JSON");
    }

    @Test
    void configurationWithoutThePlatformConfigurationClaimIsRejected() throws Exception {
        String json = TestPlatforms.fixture("moodle-openid-configuration.json", base, null)
                .replace("https://purl.imsglobal.org/spec/lti-platform-configuration", "x-other");
        platform.stubFor(get(MOODLE_CONFIG).willReturn(okJson(json)));

        HttpResponse<String> page = register(base + MOODLE_CONFIG, TestPlatforms.newRegistrationToken());

        assertThat(page.body()).contains("invalid_openid_configuration").contains("lti-platform-configuration");
        platform.verify(0, postRequestedFor(urlPathEqualTo(MOODLE_REGISTER)));
    }

    @Test
    void configurationWithoutRegistrationEndpointIsRejected() throws Exception {
        String json = TestPlatforms.fixture("moodle-openid-configuration.json", base, null).replace("registration_endpoint", "x");
        platform.stubFor(get(MOODLE_CONFIG).willReturn(okJson(json)));

        assertThat(register(base + MOODLE_CONFIG, TestPlatforms.newRegistrationToken()).body())
                .contains("invalid_openid_configuration").contains("registration_endpoint is missing");
    }

    @Test
    void issuerFromAnotherOriginIsRejected() throws Exception {
        String json = TestPlatforms.fixture("moodle-openid-configuration.json", base, null)
                .replace("\"issuer\": \"" + base + "\"", "\"issuer\": \"https://moodle.other.example\"");
        platform.stubFor(get(MOODLE_CONFIG).willReturn(okJson(json)));

        HttpResponse<String> page = register(base + MOODLE_CONFIG, TestPlatforms.newRegistrationToken());

        assertThat(page.body()).contains("issuer_mismatch");
        platform.verify(0, postRequestedFor(urlPathEqualTo(MOODLE_REGISTER)));
    }

    @Test
    void missingOrInvalidConfigurationUrlIsABadRequest() throws Exception {
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/lti/register"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> invalid = register("file:///etc/passwd", null);

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("missing_openid_configuration");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("invalid_openid_configuration_url");
    }

    @Test
    void registrationPageMayBeFramedAndSendsNoReferrer() throws Exception {
        HttpResponse<String> page = register("file:///x", null);

        assertThat(page.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void stubMoodle(String clientId) {
        platform.stubFor(get(MOODLE_CONFIG).willReturn(okJson(TestPlatforms.fixture("moodle-openid-configuration.json", base, null))));
        platform.stubFor(post(MOODLE_REGISTER).inScenario("single-use token").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(TestPlatforms.fixture("moodle-registration-response.json", base, clientId)))
                .willSetStateTo("used"));
        platform.stubFor(post(MOODLE_REGISTER).inScenario("single-use token").whenScenarioStateIs("used")
                .willReturn(aResponse().withStatus(401).withBody("The registration token has already been used")));
    }

    private void stubCanvas(String clientId, String token) {
        platform.stubFor(get(CANVAS_CONFIG).willReturn(aResponse().withStatus(401)
                .withBody("{\"errors\":[{\"message\":\"user authorization required\"}]}")));
        platform.stubFor(get(CANVAS_CONFIG).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(okJson(TestPlatforms.fixture("canvas-openid-configuration.json", base, null))));
        platform.stubFor(post(CANVAS_REGISTER).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(okJson(TestPlatforms.fixture("canvas-registration-response.json", base, clientId))));
    }

    private HttpResponse<String> register(String openIdConfiguration, String token) throws Exception {
        String query = "openid_configuration=" + URLEncoder.encode(openIdConfiguration, StandardCharsets.UTF_8)
                + (token == null ? "" : "&registration_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/lti/register?" + query))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
