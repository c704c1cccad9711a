package dev.laurel.tool.registration;

import java.net.URI;

/**
 * Dynamic Registration could not finish; {@link #code()} says why in a word the admin and the log can read,
 * {@link #detail()} says it in a sentence (never with the registration token).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0">LTI Dynamic Registration 1.0</a>
 */
public final class DynamicRegistrationException extends RuntimeException {

    public static final String DISABLED = "dynamic_registration_disabled";
    public static final String MISSING_OPENID_CONFIGURATION = "missing_openid_configuration";
    public static final String INVALID_OPENID_CONFIGURATION_URL = "invalid_openid_configuration_url";
    public static final String OPENID_CONFIGURATION_UNREACHABLE = "openid_configuration_unreachable";
    public static final String INVALID_OPENID_CONFIGURATION = "invalid_openid_configuration";
    public static final String ISSUER_MISMATCH = "issuer_mismatch";
    public static final String REGISTRATION_UNREACHABLE = "registration_unreachable";
    public static final String REGISTRATION_REJECTED = "registration_rejected";
    public static final String INVALID_REGISTRATION_RESPONSE = "invalid_registration_response";
    public static final String PLATFORM_ADDRESS_NOT_PUBLIC = PlatformAddressNotPublicException.CODE;

    private final String code;
    private final String detail;
    private final String platformResponse;

    DynamicRegistrationException(String code, String detail) {
        this(code, detail, null);
    }

    DynamicRegistrationException(String code, String detail, String platformResponse) {
        super(code + ": " + detail);
        this.code = code;
        this.detail = detail;
        this.platformResponse = platformResponse;
    }

    /** {@code platform_address_not_public} for the platform URL {@code name} (e.g. {@code jwks_uri}). */
    static DynamicRegistrationException notPublic(String name, URI url, PlatformAddressNotPublicException refusal) {
        return new DynamicRegistrationException(PLATFORM_ADDRESS_NOT_PUBLIC,
                name + " " + PlatformUrls.origin(url) + ": " + refusal.getMessage());
    }

    public String code() {
        return code;
    }

    public String detail() {
        return detail;
    }

    /** What the platform answered when it refused (its error body, shortened); {@code null} otherwise. */
    public String platformResponse() {
        return platformResponse;
    }
}
