package dev.laurel.tool.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.ToolTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ToolTest
@TestPropertySource(properties = "laurel.public-url=https://laurel.example.edu")
class CanvasJsonTests {

    @LocalServerPort
    int port;

    @Test
    void canvasJsonIsBuiltFromThePublicUrl() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/lti/canvas.json")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode json = JsonMapper.builder().build().readTree(response.body());
        assertThat(json.get("title").asString()).isEqualTo("Laurel");
        assertThat(json.get("oidc_initiation_url").asString()).isEqualTo("https://laurel.example.edu/lti/login");
        assertThat(json.get("target_link_uri").asString()).isEqualTo("https://laurel.example.edu/lti/launch");
        assertThat(json.get("public_jwk_url").asString()).isEqualTo("https://laurel.example.edu/.well-known/jwks.json");
        assertThat(json.get("scopes").valueStream().map(JsonNode::asString))
                .contains("https://purl.imsglobal.org/spec/lti-ags/scope/score",
                        "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
        JsonNode extension = json.get("extensions").get(0);
        assertThat(extension.get("platform").asString()).isEqualTo("canvas.instructure.com");
        assertThat(extension.get("domain").asString()).isEqualTo("laurel.example.edu");
        assertThat(extension.get("privacy_level").asString()).isEqualTo("public");
        assertThat(extension.get("settings").get("placements").valueStream()
                .map(p -> p.get("placement").asString() + "/" + p.get("message_type").asString()))
                .containsExactly("course_navigation/LtiResourceLinkRequest", "link_selection/LtiDeepLinkingRequest",
                        "assignment_selection/LtiDeepLinkingRequest");
    }
}
