package dev.laurel.bridge.canvas.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CanvasDeveloperKeyConfigurationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void serialisesToTheShapeOfCanvassDocumentedExample() throws IOException {
        CanvasDeveloperKeyConfiguration configuration = laurel()
                .placement(new CanvasPlacement("course_navigation", CanvasMessageType.LtiResourceLinkRequest, "Badges",
                        URI.create("https://laurel.example.edu/lti/launch?placement=course_navigation"), null))
                .placement(CanvasPlacement.of("link_selection", CanvasMessageType.LtiDeepLinkingRequest))
                .customField("canvas_user_id", "$Canvas.user.id")
                .build();

        assertThat(JSON.readTree(configuration.toJson())).isEqualTo(fixture("developer-key-configuration.json"));
    }

    @Test
    void omitsEmptyOptionalFields() {
        String json = CanvasDeveloperKeyConfiguration.builder().title("Laurel").description("d")
                .oidcInitiationUrl(URI.create("https://t.example/login")).targetLinkUri(URI.create("https://t.example/launch"))
                .publicJwkUrl(URI.create("https://t.example/jwks")).build().toJson();

        JsonNode tree = JSON.readTree(json);
        assertThat(tree.has("scopes")).isFalse();
        assertThat(tree.has("custom_fields")).isFalse();
        assertThat(tree.get("extensions").get(0).get("privacy_level").asString()).isEqualTo("anonymous");
        assertThat(tree.get("extensions").get(0).get("settings").has("text")).isFalse();
    }

    @Test
    void requiresTheFieldsCanvasRequires() {
        assertThatThrownBy(() -> CanvasDeveloperKeyConfiguration.builder().title("Laurel").description("d")
                .targetLinkUri(URI.create("https://t.example/launch")).publicJwkUrl(URI.create("https://t.example/jwks")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("oidcInitiationUrl");
        assertThatThrownBy(() -> CanvasPlacement.of("course_navigation", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("messageType");
    }

    private static CanvasDeveloperKeyConfiguration.Builder laurel() {
        return CanvasDeveloperKeyConfiguration.builder()
                .title("Laurel")
                .description("Micro-credentials from competency rubrics.")
                .oidcInitiationUrl(URI.create("https://laurel.example.edu/lti/login"))
                .targetLinkUri(URI.create("https://laurel.example.edu/lti/launch"))
                .publicJwkUrl(URI.create("https://laurel.example.edu/.well-known/jwks.json"))
                .scope("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem")
                .scope("https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly")
                .domain("laurel.example.edu")
                .toolId("laurel")
                .privacyLevel(CanvasPrivacyLevel.PUBLIC)
                .text("Laurel badges")
                .iconUrl(URI.create("https://laurel.example.edu/images/icon.png"));
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = CanvasDeveloperKeyConfigurationTests.class.getResourceAsStream("/fixtures/" + name)) {
            return JSON.readTree(in);
        }
    }
}
