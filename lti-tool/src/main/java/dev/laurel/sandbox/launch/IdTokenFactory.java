package dev.laurel.sandbox.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.laurel.sandbox.ags.LineItems;
import dev.laurel.sandbox.course.Course;
import dev.laurel.sandbox.course.SandboxUser;
import dev.laurel.sandbox.platform.Lti;
import dev.laurel.sandbox.platform.PlatformKeys;
import dev.laurel.sandbox.platform.PlatformSecrets;
import dev.laurel.sandbox.platform.PlatformUrls;
import dev.laurel.sandbox.registration.ToolRegistration;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Builds and signs the launch id_token with the full LTI claim set: core claims (LTI 1.3 Core §5.3, §5.4),
 * the AGS endpoint claim (AGS §3.1), the NRPS claim (NRPS §3.6.1) and, for deep linking, the settings claim
 * (Deep Linking §4.4.1).
 */
@Component
class IdTokenFactory {

    static final Duration LIFETIME = Duration.ofMinutes(5);

    private final PlatformKeys keys;
    private final PlatformUrls urls;
    private final PlatformSecrets secrets;
    private final LineItems lineItems;
    private final Clock clock;

    IdTokenFactory(PlatformKeys keys, PlatformUrls urls, PlatformSecrets secrets, LineItems lineItems, Clock clock) {
        this.keys = keys;
        this.urls = urls;
        this.secrets = secrets;
        this.lineItems = lineItems;
        this.clock = clock;
    }

    String idToken(ToolRegistration tool, MessageHint hint, Course course, SandboxUser user, String nonce) {
        Date now = Date.from(clock.instant());
        boolean deepLinking = Lti.DEEP_LINKING_REQUEST.equals(hint.messageType());
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(urls.issuer()).audience(tool.clientId()).claim("azp", tool.clientId()).subject(user.subject())
                .issueTime(now).expirationTime(new Date(now.getTime() + LIFETIME.toMillis())).claim("nonce", nonce)
                .jwtID(UUID.randomUUID().toString())
                .claim("name", user.name()).claim("given_name", user.givenName()).claim("family_name", user.familyName())
                .claim("email", user.email()).claim("locale", "en")
                .claim(Lti.MESSAGE_TYPE, hint.messageType()).claim(Lti.VERSION, Lti.LTI_VERSION)
                .claim(Lti.DEPLOYMENT_ID, tool.deploymentId())
                .claim(Lti.TARGET_LINK_URI, tool.targetLinkUriFor(hint.messageType()))
                .claim(Lti.ROLES, hint.role().roles())
                .claim(Lti.CONTEXT, Map.of("id", course.contextId(), "label", course.label(), "title", course.title(),
                        "type", List.of(Lti.CONTEXT_TYPE_COURSE_OFFERING)))
                .claim(Lti.TOOL_PLATFORM, platform())
                .claim(Lti.LAUNCH_PRESENTATION, Map.of("document_target", "iframe", "return_url", urls.url("/"),
                        "locale", "en"))
                .claim(Lti.CUSTOM, custom(tool, course, user, hint))
                .claim(Lti.LIS, Map.of("person_sourcedid", "sandbox:" + user.subject(),
                        "course_offering_sourcedid", "sandbox:" + course.label()));
        if (deepLinking) {
            claims.claim(Lti.DL_SETTINGS, deepLinkingSettings(tool, course));
        } else {
            claims.claim(Lti.RESOURCE_LINK, Map.of("id", hint.resourceLinkId(), "title", "Laurel",
                    "description", "Micro-credentials for this course"));
        }
        claims.claim(Lti.AGS_ENDPOINT, ags(tool, course, hint));
        claims.claim(Lti.NRPS, Map.of("context_memberships_url", urls.memberships(course.id()),
                "service_versions", List.of("2.0")));
        return keys.sign(claims.build());
    }

    private Map<String, Object> platform() {
        Map<String, Object> platform = new LinkedHashMap<>();
        platform.put("guid", "laurel-sandbox:" + urls.issuer());
        platform.put("name", "Laurel Sandbox LMS");
        platform.put("product_family_code", "laurel-sandbox");
        platform.put("version", "1.0");
        platform.put("url", urls.issuer());
        return platform;
    }

    private Map<String, Object> ags(ToolRegistration tool, Course course, MessageHint hint) {
        Map<String, Object> ags = new LinkedHashMap<>();
        ags.put("scope", tool.scopes().stream().filter(Lti.AGS_SCOPES::contains).toList());
        ags.put("lineitems", urls.lineItems(course.id(), tool.id()));
        if (hint.resourceLinkId() != null) {
            lineItems.page(course.id(), new LineItems.Filter(hint.resourceLinkId(), null, null), 0, 2).stream()
                    .findFirst().ifPresent(item -> ags.put("lineitem", urls.lineItem(course.id(), item.id(), tool.id())));
        }
        return ags;
    }

    private Map<String, Object> deepLinkingSettings(ToolRegistration tool, Course course) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("deep_link_return_url", urls.deepLinkingReturn());
        settings.put("accept_types", List.of("ltiResourceLink", "link", "html"));
        settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
        settings.put("accept_multiple", true);
        settings.put("auto_create", true);
        settings.put("title", "Add Laurel content to " + course.title());
        settings.put("data", secrets.seal(String.join("|", "dl", String.valueOf(course.id()), tool.clientId(),
                String.valueOf(clock.millis()))));
        return settings;
    }

    /** The tool's custom parameters, with the LTI substitution variables the sandbox knows (LTI 1.3 Core Appendix C). */
    private static Map<String, Object> custom(ToolRegistration tool, Course course, SandboxUser user, MessageHint hint) {
        Map<String, String> variables = Map.of("$Context.id", course.contextId(), "$Context.label", course.label(),
                "$Context.title", course.title(), "$ResourceLink.id", hint.resourceLinkId() == null ? "" : hint.resourceLinkId(),
                "$User.id", user.subject(), "$Person.name.given", user.givenName(), "$Person.name.family",
                user.familyName(), "$Person.email.primary", user.email());
        Map<String, Object> custom = new LinkedHashMap<>();
        tool.custom().forEach((name, value) -> custom.put(name,
                value instanceof String text ? variables.getOrDefault(text, text) : value));
        return custom;
    }
}
