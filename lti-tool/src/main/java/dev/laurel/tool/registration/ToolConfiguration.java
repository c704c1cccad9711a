package dev.laurel.tool.registration;

import dev.laurel.bridge.canvas.config.CanvasDeveloperKeyConfiguration;
import dev.laurel.bridge.canvas.config.CanvasMessageType;
import dev.laurel.bridge.canvas.config.CanvasPlacement;
import dev.laurel.bridge.canvas.config.CanvasPrivacyLevel;
import dev.laurel.tool.LaurelProperties;
import java.net.URI;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What Laurel tells platforms about itself: its fixed endpoints (all on {@code laurel.public-url}), the service
 * scopes and identity claims it asks for, and Canvas's developer-key JSON built from them.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#lti-configuration-0">Dynamic Registration §3.6.2 LTI configuration</a>
 */
@Component
public final class ToolConfiguration {

    public static final String TITLE = "Laurel";
    public static final String DESCRIPTION =
            "Micro-credentials for Moodle and Canvas: Open Badges 3.0 from competency rubrics, with stackable pathways.";
    public static final String LOGIN_PATH = "/lti/login";
    public static final String LAUNCH_PATH = "/lti/launch";
    public static final String JWKS_PATH = "/.well-known/jwks.json";
    public static final String REGISTRATION_PATH = "/lti/register";
    public static final String CANVAS_JSON_PATH = "/lti/canvas.json";

    /** AGS line items, results and scores; NRPS memberships. */
    public static final List<String> SCOPES = List.of(
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
            "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
            "https://purl.imsglobal.org/spec/lti-ags/scope/score",
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");

    /** The identity claims Laurel asks for (the email becomes a hashed credential subject identifier). */
    public static final List<String> CLAIMS = List.of("iss", "sub", "name", "given_name", "family_name", "email");

    private final LaurelProperties properties;

    public ToolConfiguration(LaurelProperties properties) {
        this.properties = properties;
    }

    public URI loginUrl() {
        return url(LOGIN_PATH);
    }

    /** A registration's own login initiation URL, for platforms that send no {@code client_id}. */
    public URI loginUrl(long registrationId) {
        return url(PlatformRegistration.loginPath(registrationId));
    }

    public URI launchUrl() {
        return url(LAUNCH_PATH);
    }

    public URI jwksUrl() {
        return url(JWKS_PATH);
    }

    public URI registrationUrl() {
        return url(REGISTRATION_PATH);
    }

    public URI canvasJsonUrl() {
        return url(CANVAS_JSON_PATH);
    }

    /** Laurel's host (with the port when not the default), as platforms match links against it. */
    public String domain() {
        URI base = properties.publicUrl();
        return base.getPort() == -1 ? base.getHost() : base.getHost() + ":" + base.getPort();
    }

    /** Canvas's developer-key JSON for a manual Canvas registration. */
    public CanvasDeveloperKeyConfiguration canvasConfiguration() {
        return CanvasDeveloperKeyConfiguration.builder()
                .title(TITLE)
                .description(DESCRIPTION)
                .oidcInitiationUrl(loginUrl())
                .targetLinkUri(launchUrl())
                .publicJwkUrl(jwksUrl())
                .scopes(SCOPES)
                .domain(domain())
                .toolId("laurel")
                .privacyLevel(CanvasPrivacyLevel.PUBLIC)
                .text("Laurel badges")
                .placement(new CanvasPlacement("course_navigation", CanvasMessageType.LtiResourceLinkRequest,
                        "Badges", launchUrl(), null))
                .placement(new CanvasPlacement("link_selection", CanvasMessageType.LtiDeepLinkingRequest,
                        "Laurel badge", launchUrl(), null))
                .placement(new CanvasPlacement("assignment_selection", CanvasMessageType.LtiDeepLinkingRequest,
                        "Laurel badge", launchUrl(), null))
                .build();
    }

    private URI url(String path) {
        return URI.create(properties.baseUrl() + path);
    }
}
