package dev.laurel.tool.registration;

import java.net.URI;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The parts of a platform's OpenID configuration Laurel uses, checked as Dynamic Registration requires.
 *
 * @param authorizationServer the {@code aud} for client assertions when it is not the token endpoint
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#platform-configuration">Dynamic Registration §3.4 Platform configuration</a>
 */
record PlatformOpenIdConfiguration(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri,
        URI registrationEndpoint, String authorizationServer, PlatformFamily family, String productFamilyCode) {

    static final String PLATFORM_CONFIGURATION_CLAIM = "https://purl.imsglobal.org/spec/lti-platform-configuration";

    /**
     * Reads and checks the configuration fetched from {@code configurationUrl}.
     *
     * @throws DynamicRegistrationException {@code invalid_openid_configuration} or {@code issuer_mismatch}
     */
    static PlatformOpenIdConfiguration from(JsonNode json, URI configurationUrl, List<String> crossOriginIssuers,
            boolean requireHttps) {
        if (json == null || !json.isObject()) {
            throw invalid("the configuration is not a JSON object");
        }
        String issuer = text(json, "issuer");
        URI issuerUrl = PlatformUrls.parse(issuer, requireHttps)
                .orElseThrow(() -> invalid("issuer must be an absolute " + PlatformUrls.scheme(requireHttps) + " URL"));
        if (issuerUrl.getRawQuery() != null || issuerUrl.getRawFragment() != null) {
            throw invalid("issuer must have no query or fragment");
        }
        // Dynamic Registration §3.5.1: the issuer must match the origin the configuration was fetched from
        if (!PlatformUrls.sameOrigin(issuerUrl, configurationUrl) && !crossOriginIssuers.contains(issuer)) {
            throw new DynamicRegistrationException(DynamicRegistrationException.ISSUER_MISMATCH,
                    "the configuration names issuer " + issuer + " but was served from "
                            + PlatformUrls.origin(configurationUrl));
        }
        URI authorization = endpoint(json, "authorization_endpoint", requireHttps);
        URI token = endpoint(json, "token_endpoint", requireHttps);
        URI jwks = endpoint(json, "jwks_uri", requireHttps);
        URI registration = endpoint(json, "registration_endpoint", requireHttps);
        JsonNode platform = json.get(PLATFORM_CONFIGURATION_CLAIM);
        if (platform == null || !platform.isObject()) {
            throw invalid("the " + PLATFORM_CONFIGURATION_CLAIM + " claim is missing");
        }
        String productFamilyCode = text(platform, "product_family_code");
        if (productFamilyCode == null) {
            throw invalid("product_family_code is missing from " + PLATFORM_CONFIGURATION_CLAIM);
        }
        JsonNode methods = json.get("token_endpoint_auth_methods_supported");
        if (methods != null && methods.isArray() && methods.valueStream()
                .noneMatch(method -> "private_key_jwt".equals(method.asString()))) {
            throw invalid("the token endpoint does not support private_key_jwt");
        }
        return new PlatformOpenIdConfiguration(issuer, authorization, token, jwks, registration,
                text(json, "authorization_server"), PlatformFamily.of(productFamilyCode), productFamilyCode);
    }

    private static URI endpoint(JsonNode json, String name, boolean requireHttps) {
        String value = text(json, name);
        if (value == null) {
            throw invalid(name + " is missing");
        }
        return PlatformUrls.parse(value, requireHttps)
                .orElseThrow(() -> invalid(name + " must be an absolute " + PlatformUrls.scheme(requireHttps) + " URL"));
    }

    private static String text(JsonNode json, String name) {
        JsonNode value = json.get(name);
        return value != null && value.isString() && !value.asString().isBlank() ? value.asString().trim() : null;
    }

    private static DynamicRegistrationException invalid(String detail) {
        return new DynamicRegistrationException(DynamicRegistrationException.INVALID_OPENID_CONFIGURATION, detail);
    }
}
