package dev.laurel.sandbox.deeplinking;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.laurel.sandbox.ags.LineItem;
import dev.laurel.sandbox.ags.LineItems;
import dev.laurel.sandbox.course.Courses;
import dev.laurel.sandbox.platform.Lti;
import dev.laurel.sandbox.platform.PlatformSecrets;
import dev.laurel.sandbox.platform.PlatformUrls;
import dev.laurel.sandbox.platform.UsedJwtIds;
import dev.laurel.sandbox.registration.ToolJwks;
import dev.laurel.sandbox.registration.ToolRegistration;
import dev.laurel.sandbox.registration.ToolRegistrations;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies a tool's LtiDeepLinkingResponse and places its content items
 * (<a href="https://www.imsglobal.org/spec/lti-dl/v2p0#deep-linking-response-message">Deep Linking §4.5</a>):
 * RS256 by the tool's JWKS, {@code iss} = client id, {@code aud} = platform issuer, fresh, single-use
 * {@code nonce}, the tool's deployment id, message type, version, and the {@code data} the platform sent.
 */
@Service
public class DeepLinkingResponseVerifier {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    static final Set<String> ACCEPTED_TYPES = Set.of("ltiResourceLink", "link", "html");
    private static final Logger log = LoggerFactory.getLogger(DeepLinkingResponseVerifier.class);

    private final ToolRegistrations registrations;
    private final ToolJwks jwks;
    private final UsedJwtIds usedJwtIds;
    private final PlatformSecrets secrets;
    private final PlatformUrls urls;
    private final PlacedItems placedItems;
    private final Courses courses;
    private final LineItems lineItems;
    private final Clock clock;

    DeepLinkingResponseVerifier(ToolRegistrations registrations, ToolJwks jwks, UsedJwtIds usedJwtIds,
            PlatformSecrets secrets, PlatformUrls urls, PlacedItems placedItems, Courses courses, LineItems lineItems,
            Clock clock) {
        this.registrations = registrations;
        this.jwks = jwks;
        this.usedJwtIds = usedJwtIds;
        this.secrets = secrets;
        this.urls = urls;
        this.placedItems = placedItems;
        this.courses = courses;
        this.lineItems = lineItems;
        this.clock = clock;
    }

    /** Verifies the response JWT and stores its content items. */
    @Transactional
    public DeepLinkingResult accept(String responseJwt) {
        try {
            return verifyAndPlace(responseJwt);
        } catch (DeepLinkingRejectedException e) {
            log.info("Deep-linking response refused: {}", e.code());
            throw e;
        }
    }

    private DeepLinkingResult verifyAndPlace(String responseJwt) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(responseJwt == null ? "" : responseJwt);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new DeepLinkingRejectedException("deep_linking_response_malformed", "The JWT parameter is not a signed JWT.");
        }
        // Deep Linking §4.5.1: iss is the tool's client id
        ToolRegistration tool = registrations.findByClientId(claims.getIssuer() == null ? "" : claims.getIssuer())
                .orElseThrow(() -> new DeepLinkingRejectedException("deep_linking_client_unknown", "No tool is registered with this iss."));
        String signatureProblem = jwks.verify(tool, jwt);
        if (signatureProblem != null) {
            throw new DeepLinkingRejectedException("deep_linking_" + signatureProblem, "The response is not signed by the tool.");
        }
        // Deep Linking §4.5.1: aud is the platform issuer
        if (claims.getAudience() == null || !claims.getAudience().contains(urls.issuer())) {
            throw new DeepLinkingRejectedException("deep_linking_audience_invalid", "aud must be this platform's issuer.");
        }
        long now = clock.millis();
        if (claims.getExpirationTime() == null || claims.getExpirationTime().getTime() + CLOCK_SKEW.toMillis() < now) {
            throw new DeepLinkingRejectedException("deep_linking_expired", "The response has expired (or has no exp).");
        }
        if (claims.getIssueTime() != null && claims.getIssueTime().getTime() - CLOCK_SKEW.toMillis() > now) {
            throw new DeepLinkingRejectedException("deep_linking_issued_in_future", "iat is in the future.");
        }
        String nonce = string(claims, "nonce");
        if (nonce == null || nonce.isBlank()) {
            throw new DeepLinkingRejectedException("deep_linking_nonce_missing", "The response must carry a nonce.");
        }
        if (!usedJwtIds.firstUse("deep-linking:" + tool.clientId(), nonce,
                claims.getExpirationTime().getTime() + CLOCK_SKEW.toMillis())) {
            throw new DeepLinkingRejectedException("deep_linking_nonce_replayed", "This response was already received.");
        }
        // LTI 1.3 Core §5.3.3: the deployment the launch was for
        if (!tool.deploymentId().equals(string(claims, Lti.DEPLOYMENT_ID))) {
            throw new DeepLinkingRejectedException("deep_linking_deployment_invalid", "deployment_id is not the tool's deployment.");
        }
        if (!Lti.DEEP_LINKING_RESPONSE.equals(string(claims, Lti.MESSAGE_TYPE))) {
            throw new DeepLinkingRejectedException("deep_linking_message_type_invalid", "message_type must be LtiDeepLinkingResponse.");
        }
        if (!Lti.LTI_VERSION.equals(string(claims, Lti.VERSION))) {
            throw new DeepLinkingRejectedException("deep_linking_version_invalid", "version must be 1.3.0.");
        }
        // Deep Linking §4.4.1: data must come back unchanged
        long courseId = courseFromData(tool, string(claims, Lti.DL_DATA));
        List<PlacedItem> placed = new ArrayList<>();
        for (Map<String, Object> item : items(claims)) {
            PlacedItem stored = placedItems.add(courseId, tool.clientId(), item);
            placed.add(stored);
            if ("ltiResourceLink".equals(item.get("type"))) {
                placeResourceLink(tool, stored, item);
            }
        }
        log.info("Deep-linking response accepted: client_id={} items={}", tool.clientId(), placed.size());
        return new DeepLinkingResult(courseId, placed, string(claims, Lti.DL_MSG), string(claims, Lti.DL_ERRORMSG));
    }

    /** Deep Linking §3.4.1: a placed LTI link becomes an activity, with the line item it asks for. */
    private void placeResourceLink(ToolRegistration tool, PlacedItem stored, Map<String, Object> item) {
        String resourceLinkId = "dl-" + stored.id();
        courses.addResourceLink(stored.courseId(), resourceLinkId, stored.title() == null ? "Untitled" : stored.title());
        if (!(item.get("lineItem") instanceof Map<?, ?> lineItem)) {
            return;
        }
        if (!(lineItem.get("scoreMaximum") instanceof Number maximum) || maximum.doubleValue() <= 0) {
            throw new DeepLinkingRejectedException("deep_linking_line_item_invalid", "lineItem.scoreMaximum must be a number above 0.");
        }
        String label = lineItem.get("label") instanceof String text ? text : stored.title() == null ? "Untitled" : stored.title();
        lineItems.add(new LineItem(0, stored.courseId(), label, maximum.doubleValue(),
                lineItem.get("resourceId") instanceof String resourceId ? resourceId : null, resourceLinkId,
                lineItem.get("tag") instanceof String tag ? tag : null, null, null,
                lineItem.get("gradesReleased") instanceof Boolean released ? released : null, tool.clientId()));
    }

    private long courseFromData(ToolRegistration tool, String data) {
        String payload = secrets.unseal(data);
        String[] parts = payload == null ? new String[0] : payload.split("\\|");
        if (parts.length != 4 || !"dl".equals(parts[0]) || !tool.clientId().equals(parts[2])) {
            throw new DeepLinkingRejectedException("deep_linking_data_invalid", "data is not what the platform sent with the request.");
        }
        return Long.parseLong(parts[1]);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(JWTClaimsSet claims) {
        Object value = claims.getClaim(Lti.DL_CONTENT_ITEMS);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new DeepLinkingRejectedException("deep_linking_content_items_invalid", "content_items must be an array.");
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (Object entry : list) {
            if (!(entry instanceof Map<?, ?> item) || !ACCEPTED_TYPES.contains(item.get("type"))) {
                throw new DeepLinkingRejectedException("deep_linking_item_type_unsupported",
                        "Each content item must be one of " + ACCEPTED_TYPES + ".");
            }
            items.add((Map<String, Object>) item);
        }
        return items;
    }

    private static String string(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String text ? text : null;
    }
}
