package dev.laurel.tool.launch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** id_token builders for a platform's launch after a login that returned {@code nonce}. */
final class TestLaunches {

    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    static final String INSTITUTION_ADMIN = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";

    private TestLaunches() {
    }

    /** A valid LtiResourceLinkRequest for a learner in course {@code context}. */
    static LaunchTokenBuilder resourceLink(TestPlatform platform, String nonce, String targetLinkUri, String context) {
        Instant now = Instant.now();
        return new LaunchTokenBuilder(platform.signingKey)
                .claim("iss", platform.registration.issuer())
                .claim("aud", platform.registration.clientId())
                .claim("sub", "user-" + UUID.randomUUID())
                .claim("exp", now.plusSeconds(300).getEpochSecond())
                .claim("iat", now.getEpochSecond())
                .claim("nonce", nonce)
                .claim("name", "Ada Lovelace")
                .claim("email", "ada@example.edu")
                .claim(LtiClaims.VERSION, "1.3.0")
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.RESOURCE_LINK_REQUEST)
                .claim(LtiClaims.DEPLOYMENT_ID, platform.deploymentId)
                .claim(LtiClaims.TARGET_LINK_URI, targetLinkUri)
                .claim(LtiClaims.RESOURCE_LINK, Map.of("id", "link-" + UUID.randomUUID(), "title", "Laurel"))
                .claim(LtiClaims.ROLES, List.of(LEARNER))
                .claim(LtiClaims.CONTEXT, Map.of("id", context, "title", "Data Analysis Fundamentals", "label", "DAF"))
                .claim(LtiClaims.AGS_ENDPOINT, Map.of(
                        "lineitems", "https://moodle.example.edu/mod/lti/services.php/2/lineitems?type_id=1",
                        "scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                                "https://purl.imsglobal.org/spec/lti-ags/scope/score")))
                .claim(LtiClaims.NRPS, Map.of(
                        "context_memberships_url", "https://moodle.example.edu/mod/lti/services.php/CourseSection/2/bindings/1/memberships",
                        "service_versions", List.of("2.0")));
    }

    /** A valid LtiDeepLinkingRequest for an instructor. */
    static LaunchTokenBuilder deepLinking(TestPlatform platform, String nonce, String targetLinkUri, String context,
            String returnUrl) {
        return resourceLink(platform, nonce, targetLinkUri, context)
                .without(LtiClaims.RESOURCE_LINK)
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_REQUEST)
                .claim(LtiClaims.ROLES, List.of(INSTRUCTOR))
                .claim(LtiClaims.DEEP_LINKING_SETTINGS, Map.of(
                        "deep_link_return_url", returnUrl,
                        "accept_types", List.of("ltiResourceLink"),
                        "accept_presentation_document_targets", List.of("iframe", "window"),
                        "accept_multiple", false,
                        "data", "opaque-platform-data-42"));
    }
}
