package dev.laurel.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.sandbox.platform.Lti;
import dev.laurel.sandbox.registration.RegistrationTokens;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DynamicRegistrationTests {

    @LocalServerPort
    int port;

    @Autowired
    RegistrationTokens registrationTokens;

    SandboxHttp sandbox;
    TestTool tool;

    @BeforeAll
    void startTool() {
        sandbox = new SandboxHttp(port);
        tool = new TestTool(sandbox);
    }

    @AfterAll
    void stopTool() {
        tool.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void openIdConfigurationDescribesThePlatform() {
        HttpResponse<String> response = sandbox.get("/.well-known/openid-configuration");
        Map<String, Object> configuration = SandboxHttp.json(response);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(configuration).containsEntry("issuer", sandbox.base())
                .containsEntry("authorization_endpoint", sandbox.base() + "/oidc/auth")
                .containsEntry("token_endpoint", sandbox.base() + "/oauth2/token")
                .containsEntry("authorization_server", sandbox.base() + "/oauth2/token")
                .containsEntry("jwks_uri", sandbox.base() + "/jwks")
                .containsEntry("registration_endpoint", sandbox.base() + "/lti/registration");
        assertThat((List<String>) configuration.get("scopes_supported")).contains("openid").containsAll(Lti.SERVICE_SCOPES);
        Map<String, Object> platform = (Map<String, Object>) configuration.get(Lti.PLATFORM_CONFIGURATION);
        assertThat(platform).containsEntry("product_family_code", "laurel-sandbox");
        assertThat(platform.get("messages_supported").toString()).contains(Lti.RESOURCE_LINK_REQUEST, Lti.DEEP_LINKING_REQUEST);
    }

    @Test
    @SuppressWarnings("unchecked")
    void jwksPublishesOneRs256KeyWithKid() {
        Map<String, Object> jwks = SandboxHttp.json(sandbox.get("/jwks"));
        Map<String, Object> key = ((List<Map<String, Object>>) jwks.get("keys")).get(0);

        assertThat(key).containsEntry("kty", "RSA").containsEntry("alg", "RS256").containsKey("kid").doesNotContainKey("d");
    }

    @Test
    @SuppressWarnings("unchecked")
    void registersATool() {
        TestTool.Registered registered = tool.register(registrationTokens.issue());

        Map<String, Object> response = registered.response();
        assertThat(registered.clientId()).isNotBlank();
        assertThat(registered.deploymentId()).isNotBlank();
        assertThat(response).containsEntry("initiate_login_uri", tool.origin() + "/lti/login")
                .containsEntry("jwks_uri", tool.origin() + "/jwks")
                .containsEntry("token_endpoint_auth_method", "private_key_jwt")
                .containsEntry("redirect_uris", List.of(tool.redirectUri()));
        assertThat(((String) response.get("scope")).split(" ")).containsExactlyInAnyOrderElementsOf(Lti.SERVICE_SCOPES);
        Map<String, Object> configuration = (Map<String, Object>) response.get(Lti.TOOL_CONFIGURATION);
        assertThat(configuration).containsEntry("target_link_uri", tool.origin() + "/lti/launch")
                .containsEntry("deployment_id", registered.deploymentId());
        assertThat(sandbox.get("/admin/tools").body()).contains(registered.clientId()).contains("Laurel (test)");
    }

    @Test
    void rejectsAReusedRegistrationToken() {
        String token = registrationTokens.issue();
        tool.register(token);

        HttpResponse<String> second = tool.postRegistration(token, tool.registrationRequest());

        assertThat(second.statusCode()).isEqualTo(401);
        assertThat(SandboxHttp.json(second)).containsEntry("error", "invalid_token");
        assertThat(SandboxHttp.json(second).get("error_description").toString()).startsWith("registration_token_used");
    }

    @Test
    void rejectsAMissingRegistrationToken() {
        HttpResponse<String> response = tool.postRegistration(null, tool.registrationRequest());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(SandboxHttp.json(response).get("error_description").toString()).startsWith("registration_token_missing");
    }

    @Test
    void rejectsAnUnknownRegistrationToken() {
        HttpResponse<String> response = tool.postRegistration("made-up-token", tool.registrationRequest());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(SandboxHttp.json(response).get("error_description").toString()).startsWith("registration_token_unknown");
    }

    @Test
    void rejectsMissingRedirectUrisWithoutUsingUpTheToken() {
        String token = registrationTokens.issue();
        Map<String, Object> request = tool.registrationRequest();
        request.remove("redirect_uris");

        HttpResponse<String> response = tool.postRegistration(token, request);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SandboxHttp.json(response)).containsEntry("error", "invalid_redirect_uri");
        assertThat(SandboxHttp.json(response).get("error_description").toString()).startsWith("redirect_uris_missing");
        assertThat(tool.postRegistration(token, tool.registrationRequest()).statusCode()).isEqualTo(200);
    }

    @Test
    void rejectsAMissingToolConfiguration() {
        Map<String, Object> request = tool.registrationRequest();
        request.remove(Lti.TOOL_CONFIGURATION);

        HttpResponse<String> response = tool.postRegistration(registrationTokens.issue(), request);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SandboxHttp.json(response)).containsEntry("error", "invalid_client_metadata");
        assertThat(SandboxHttp.json(response).get("error_description").toString()).startsWith("tool_configuration_missing");
    }

    @Test
    void rejectsUrlsOutsideTheToolsDomain() {
        Map<String, Object> request = tool.registrationRequest();
        request.put("initiate_login_uri", "https://elsewhere.example/login");

        HttpResponse<String> response = tool.postRegistration(registrationTokens.issue(), request);

        assertThat(SandboxHttp.json(response)).containsEntry("error", "invalid_client_metadata");
        assertThat(SandboxHttp.json(response).get("error_description").toString()).startsWith("uri_outside_domain");
    }

    @Test
    void rejectsAToolWithoutTheClientCredentialsGrant() {
        Map<String, Object> request = tool.registrationRequest();
        request.put("grant_types", List.of("implicit"));

        HttpResponse<String> response = tool.postRegistration(registrationTokens.issue(), request);

        assertThat(SandboxHttp.json(response)).containsEntry("error", "invalid_client_metadata");
        assertThat(SandboxHttp.json(response).get("error_description").toString()).startsWith("grant_types_invalid");
    }

    @Test
    void adminPageStartsARegistrationByUrlAndListensForTheCloseMessage() {
        String page = sandbox.get("/admin/tools").body();

        assertThat(page).contains("Register a tool by its registration URL").contains("admin-tools.js");
        assertThat(sandbox.get("/sandbox/admin-tools.js").body()).contains("org.imsglobal.lti.close")
                .contains("event.origin !== toolOrigin");
    }
}
