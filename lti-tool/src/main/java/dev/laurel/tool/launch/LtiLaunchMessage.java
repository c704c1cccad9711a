package dev.laurel.tool.launch;

import dev.laurel.tool.lti.LtiRoles;

import java.net.URI;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * What Laurel keeps of a validated launch: the user (with context and service endpoints), the message type,
 * and for deep linking the settings.
 *
 * @param contextLabel the {@code context.label} claim, or {@code null}
 * @param deepLinking the deep linking settings of an {@code LtiDeepLinkingRequest}, else {@code null}
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#required-message-claims">LTI 1.3 Core §5.3, §5.4</a>
 */
public record LtiLaunchMessage(LtiUser user, String messageType, String contextLabel, DeepLinkingSettings deepLinking) {

    public boolean isDeepLinking() {
        return LtiClaims.DEEP_LINKING_REQUEST.equals(messageType);
    }

    /** Reads a validated id_token of {@code registrationId}. */
    public static LtiLaunchMessage from(Jwt jwt, long registrationId) {
        String title = LtiJwtClaims.member(jwt, LtiClaims.CONTEXT, "title");
        String label = LtiJwtClaims.member(jwt, LtiClaims.CONTEXT, "label");
        LtiUser user = new LtiUser(registrationId, LtiJwtClaims.string(jwt, LtiClaims.DEPLOYMENT_ID),
                LtiJwtClaims.member(jwt, LtiClaims.CONTEXT, "id"), title != null ? title : label,
                LtiJwtClaims.string(jwt, "sub"), name(jwt), LtiJwtClaims.string(jwt, "email"),
                LtiRoles.laurelRoles(LtiJwtClaims.strings(jwt.getClaims().get(LtiClaims.ROLES))), services(jwt));
        return new LtiLaunchMessage(user, LtiJwtClaims.messageType(jwt), label, deepLinking(jwt));
    }

    private static String name(Jwt jwt) {
        String name = LtiJwtClaims.string(jwt, "name");
        if (name != null) {
            return name;
        }
        String given = LtiJwtClaims.string(jwt, "given_name");
        String family = LtiJwtClaims.string(jwt, "family_name");
        if (given == null && family == null) {
            return null;
        }
        return ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
    }

    private static PlatformServiceClaims services(Jwt jwt) {
        Map<String, Object> ags = LtiJwtClaims.object(jwt, LtiClaims.AGS_ENDPOINT).orElse(Map.of());
        Set<String> scopes = new HashSet<>(LtiJwtClaims.strings(ags.get("scope")));
        return new PlatformServiceClaims(uri(ags.get("lineitems")), uri(ags.get("lineitem")), scopes,
                uri(LtiJwtClaims.member(jwt, LtiClaims.NRPS, "context_memberships_url")));
    }

    private static DeepLinkingSettings deepLinking(Jwt jwt) {
        if (!LtiClaims.DEEP_LINKING_REQUEST.equals(LtiJwtClaims.messageType(jwt))) {
            return null;
        }
        Map<String, Object> settings = LtiJwtClaims.object(jwt, LtiClaims.DEEP_LINKING_SETTINGS).orElse(Map.of());
        return new DeepLinkingSettings(text(settings.get("deep_link_return_url")),
                LtiJwtClaims.strings(settings.get("accept_types")),
                LtiJwtClaims.strings(settings.get("accept_presentation_document_targets")),
                Boolean.TRUE.equals(settings.get("accept_multiple")), Boolean.TRUE.equals(settings.get("auto_create")),
                text(settings.get("title")), text(settings.get("text")), text(settings.get("data")));
    }

    private static String text(Object value) {
        return value instanceof String text && !text.isBlank() ? text : null;
    }

    private static URI uri(Object value) {
        if (!(value instanceof String text) || text.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(text);
            return uri.isAbsolute() ? uri : null;
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }
}
