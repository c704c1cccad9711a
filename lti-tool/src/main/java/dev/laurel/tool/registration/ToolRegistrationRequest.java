package dev.laurel.tool.registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The client registration Laurel POSTs to a platform: an OpenID Connect client with the LTI tool configuration,
 * with placements each LMS understands (Canvas placement names for Canvas, {@code ContentArea} elsewhere).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#tool-configuration">Dynamic Registration §3.6 Tool configuration</a>
 */
final class ToolRegistrationRequest {

    static final String TOOL_CONFIGURATION_CLAIM = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    static final String CANVAS_PRIVACY_LEVEL = "https://canvas.instructure.com/lti/privacy_level";

    private ToolRegistrationRequest() {
    }

    /** The request body for a platform of {@code family}. */
    static Map<String, Object> forPlatform(ToolConfiguration tool, PlatformFamily family) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("application_type", "web");
        body.put("response_types", List.of("id_token"));
        body.put("grant_types", List.of("implicit", "client_credentials"));
        body.put("initiate_login_uri", tool.loginUrl().toString());
        body.put("redirect_uris", List.of(tool.launchUrl().toString()));
        body.put("client_name", ToolConfiguration.TITLE);
        body.put("jwks_uri", tool.jwksUrl().toString());
        body.put("token_endpoint_auth_method", "private_key_jwt");
        body.put("scope", String.join(" ", ToolConfiguration.SCOPES));
        body.put(TOOL_CONFIGURATION_CLAIM, toolConfiguration(tool, family));
        return body;
    }

    private static Map<String, Object> toolConfiguration(ToolConfiguration tool, PlatformFamily family) {
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("domain", tool.domain());
        configuration.put("description", ToolConfiguration.DESCRIPTION);
        configuration.put("target_link_uri", tool.launchUrl().toString());
        configuration.put("claims", ToolConfiguration.CLAIMS);
        List<Map<String, Object>> messages = new ArrayList<>();
        messages.add(message("LtiResourceLinkRequest", tool, "Badges",
                family == PlatformFamily.CANVAS ? List.of("course_navigation") : List.of()));
        messages.add(message("LtiDeepLinkingRequest", tool, "Laurel badge",
                family == PlatformFamily.CANVAS ? List.of("link_selection", "assignment_selection") : List.of("ContentArea")));
        configuration.put("messages", messages);
        if (family == PlatformFamily.CANVAS) {
            // names, email and the other claims above need Canvas's "public" privacy level
            configuration.put(CANVAS_PRIVACY_LEVEL, "public");
        }
        return configuration;
    }

    private static Map<String, Object> message(String type, ToolConfiguration tool, String label, List<String> placements) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", type);
        message.put("target_link_uri", tool.launchUrl().toString());
        message.put("label", label);
        if (!placements.isEmpty()) {
            message.put("placements", placements);
        }
        return message;
    }
}
