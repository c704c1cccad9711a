package dev.laurel.sandbox.registration.web;

import dev.laurel.sandbox.platform.Lti;
import dev.laurel.sandbox.platform.PlatformKeys;
import dev.laurel.sandbox.platform.PlatformUrls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform's OpenID configuration and JWKS
 * (<a href="https://www.imsglobal.org/spec/lti-dr/v1p0#platform-configuration">Dynamic Registration §3.4</a>).
 */
@RestController
class PlatformDiscoveryController {

    private final PlatformUrls urls;
    private final PlatformKeys keys;

    PlatformDiscoveryController(PlatformUrls urls, PlatformKeys keys) {
        this.urls = urls;
        this.keys = keys;
    }

    @GetMapping(path = "/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(keys.publicJwks());
    }

    @GetMapping(path = "/.well-known/openid-configuration", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> openIdConfiguration() {
        Map<String, Object> platform = new LinkedHashMap<>();
        platform.put("product_family_code", "laurel-sandbox");
        platform.put("version", "1.0");
        platform.put("messages_supported", List.of(
                Map.of("type", Lti.RESOURCE_LINK_REQUEST),
                Map.of("type", Lti.DEEP_LINKING_REQUEST, "placements", List.of("ContentArea"))));
        platform.put("variables", List.of("Context.id", "Context.label", "Context.title", "ResourceLink.id",
                "User.id", "Person.name.given", "Person.name.family", "Person.email.primary"));
        List<String> scopes = new ArrayList<>(List.of("openid"));
        scopes.addAll(Lti.SERVICE_SCOPES);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issuer", urls.issuer());
        body.put("authorization_endpoint", urls.authorization());
        body.put("token_endpoint", urls.token());
        // Dynamic Registration §3.4.1: the aud a tool puts in its client assertion
        body.put("authorization_server", urls.token());
        body.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
        body.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS256"));
        body.put("jwks_uri", urls.jwks());
        body.put("registration_endpoint", urls.registration());
        body.put("scopes_supported", scopes);
        body.put("response_types_supported", List.of("id_token"));
        body.put("response_modes_supported", List.of("form_post"));
        body.put("subject_types_supported", List.of("public"));
        body.put("id_token_signing_alg_values_supported", List.of("RS256"));
        body.put("claims_supported", List.of("sub", "iss", "name", "given_name", "family_name", "email"));
        body.put(Lti.PLATFORM_CONFIGURATION, platform);
        return body;
    }
}
