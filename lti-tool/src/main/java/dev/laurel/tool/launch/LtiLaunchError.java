package dev.laurel.tool.launch;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;

/**
 * Every reason Laurel rejects a login initiation or a launch: a code for the log and the page, a sentence for
 * the user, the spec section the rule comes from and the HTTP status.
 */
public enum LtiLaunchError {

    LOGIN_PARAMETER_MISSING("login_parameter_missing", "The login initiation lacks iss, login_hint or target_link_uri.",
            Spec.CORE + "#initiating-login-from-a-third-party", 400),
    UNKNOWN_REGISTRATION("unknown_registration", "Laurel is not registered with this platform (issuer and client_id).",
            Spec.CORE + "#client_id-login-parameter", 400),
    AMBIGUOUS_REGISTRATION("ambiguous_registration", "The issuer has several registrations and the login names no client_id.",
            Spec.CORE + "#client_id-login-parameter", 400),
    NO_LOGIN("no_login", "The id_token arrived without a login initiation Laurel started, or the login expired.",
            Spec.SECURITY + "#openid_connect_launch_flow", 400),
    STATE_MISSING("state_missing", "The launch does not carry the state of a login started in this browser.",
            Spec.SECURITY + "#authentication-response-validation", 400),
    STATE_MISMATCH("state_mismatch", "The launch's state belongs to a login started in another browser.",
            Spec.SECURITY + "#authentication-response-validation", 400),
    MALFORMED_TOKEN("malformed_token", "The id_token is not a signed JWT.",
            Spec.SECURITY + "#id-token-validation", 400),
    UNSUPPORTED_ALG("unsupported_alg", "The id_token must be signed with RS256.",
            Spec.SECURITY + "#id-token-validation", 401),
    MISSING_KID("missing_kid", "The id_token header names no key (kid).",
            Spec.SECURITY + "#platform-originating-messages", 401),
    UNKNOWN_KID("unknown_kid", "The platform's key set has no key with the id_token's kid.",
            Spec.SECURITY + "#platform-originating-messages", 401),
    INVALID_SIGNATURE("invalid_signature", "The id_token's signature does not verify with the platform's key.",
            Spec.SECURITY + "#id-token-validation", 401),
    JWKS_UNAVAILABLE("jwks_unavailable", "The platform's key set could not be fetched; try again in a moment.",
            Spec.SECURITY + "#platform-originating-messages", 503),
    PLATFORM_ADDRESS_NOT_PUBLIC("platform_address_not_public",
            "The platform's key set URL leads to a non-public address, which Laurel does not call.",
            Spec.SECURITY + "#h_key-management", 403),
    INVALID_ISSUER("invalid_issuer", "The id_token's issuer is not the registered platform.",
            Spec.SECURITY + "#id-token-validation", 401),
    INVALID_AUDIENCE("invalid_audience", "The id_token is not addressed to Laurel's client_id (aud / azp).",
            Spec.SECURITY + "#id-token-validation", 401),
    TOKEN_EXPIRED("token_expired", "The id_token has expired (or has no exp).",
            Spec.SECURITY + "#id-token-validation", 401),
    TOKEN_NOT_YET_VALID("token_not_yet_valid", "The id_token is not valid yet (nbf in the future).",
            Spec.SECURITY + "#id-token-validation", 401),
    IAT_IN_FUTURE("iat_in_future", "The id_token was issued in the future (or has no iat).",
            Spec.SECURITY + "#id-token-validation", 401),
    NONCE_MISSING("nonce_missing", "The id_token carries no nonce.",
            Spec.SECURITY + "#id-token-validation", 401),
    NONCE_UNKNOWN("nonce_unknown", "The id_token's nonce is not the one Laurel sent with this login.",
            Spec.SECURITY + "#id-token-validation", 401),
    NONCE_REPLAYED("nonce_replayed", "This id_token has already been used.",
            Spec.SECURITY + "#id-token-validation", 401),
    DEPLOYMENT_MISSING("deployment_missing", "The id_token carries no deployment_id.",
            Spec.CORE + "#lti-deployment-id-claim", 401),
    INVALID_DEPLOYMENT("invalid_deployment", "This deployment of Laurel is not known for the registration.",
            Spec.CORE + "#lti-deployment-id-claim", 401),
    INVALID_VERSION("invalid_version", "The id_token's LTI version is not 1.3.0.",
            Spec.CORE + "#lti-version-claim", 401),
    INVALID_MESSAGE_TYPE("invalid_message_type", "Laurel does not accept this LTI message type.",
            Spec.CORE + "#message-type-claim", 401),
    RESOURCE_LINK_MISSING("resource_link_missing", "The resource link launch carries no resource_link.id.",
            Spec.CORE + "#resource-link-claim", 401),
    SUBJECT_MISSING("subject_missing", "The launch names no user (sub).",
            Spec.CORE + "#user-identity-claims", 401),
    DEEP_LINKING_SETTINGS_MISSING("deep_linking_settings_missing",
            "The deep linking request carries no deep_linking_settings with a deep_link_return_url.",
            Spec.DEEP_LINKING + "#deep-linking-settings", 401),
    TARGET_LINK_URI_MISMATCH("target_link_uri_mismatch",
            "The id_token's target_link_uri differs from the one of the login initiation.",
            Spec.CORE + "#target-link-uri", 401);

    private final String code;
    private final String sentence;
    private final String specUri;
    private final int status;

    LtiLaunchError(String code, String sentence, String specUri, int status) {
        this.code = code;
        this.sentence = sentence;
        this.specUri = specUri;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public String sentence() {
        return sentence;
    }

    public String specUri() {
        return specUri;
    }

    public int status() {
        return status;
    }

    /** The error as Spring Security carries it. */
    public OAuth2Error oauth2Error() {
        return new OAuth2Error(code, sentence, specUri);
    }

    /** A failed validation with this error, for {@code OAuth2TokenValidator}s. */
    public OAuth2TokenValidatorResult failure() {
        return OAuth2TokenValidatorResult.failure(oauth2Error());
    }

    /** The error with this code, if Laurel defines one. */
    public static java.util.Optional<LtiLaunchError> ofCode(String code) {
        for (LtiLaunchError error : values()) {
            if (error.code.equals(code)) {
                return java.util.Optional.of(error);
            }
        }
        return java.util.Optional.empty();
    }

    private static final class Spec {
        static final String CORE = "https://www.imsglobal.org/spec/lti/v1p3/";
        static final String SECURITY = "https://www.imsglobal.org/spec/security/v1p0/";
        static final String DEEP_LINKING = "https://www.imsglobal.org/spec/lti-dl/v2p0/";
    }
}
