package dev.laurel.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.laurel.sandbox.platform.Lti;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A test LTI tool talking to the sandbox over plain HTTP: its RS256 key is served as {@code jwks_uri} by
 * WireMock; it registers, asks for tokens with client assertions, and makes OIDC authentication requests.
 */
public final class TestTool implements AutoCloseable {

    public static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private final SandboxHttp sandbox;
    private final WireMockServer wireMock = new WireMockServer(options().dynamicPort());
    private final RSAKey key = newKey("test-tool-key");

    /** What the sandbox answered to this tool's registration. */
    public record Registered(String clientId, String deploymentId, Map<String, Object> response) {
    }

    public TestTool(SandboxHttp sandbox) {
        this.sandbox = sandbox;
        wireMock.start();
        wireMock.stubFor(get("/jwks").willReturn(okJson(new JWKSet(key.toPublicJWK()).toString())));
    }

    /** Serves an HTML page of the tool at {@code path} (any query string). */
    public void servePage(String path, String html) {
        wireMock.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(path))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.ok(html).withHeader("Content-Type", "text/html")));
    }

    public static RSAKey newKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public RSAKey key() {
        return key;
    }

    public String origin() {
        return "http://localhost:" + wireMock.port();
    }

    public String redirectUri() {
        return origin() + "/lti/launch";
    }

    /** A fresh, valid registration request as Laurel sends it; tests change one field to make it invalid. */
    public Map<String, Object> registrationRequest() {
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("domain", "localhost:" + wireMock.port());
        configuration.put("target_link_uri", origin() + "/lti/launch");
        configuration.put("description", "Micro-credentials");
        configuration.put("claims", List.of("iss", "sub", "name", "given_name", "family_name", "email"));
        configuration.put("messages", new ArrayList<>(List.of(
                Map.of("type", Lti.RESOURCE_LINK_REQUEST),
                Map.of("type", Lti.DEEP_LINKING_REQUEST, "target_link_uri", origin() + "/lti/deep-linking"))));
        configuration.put("custom_parameters", Map.of("context_title", "$Context.title"));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("application_type", "web");
        request.put("response_types", List.of("id_token"));
        request.put("grant_types", List.of("implicit", "client_credentials"));
        request.put("initiate_login_uri", origin() + "/lti/login");
        request.put("redirect_uris", List.of(redirectUri()));
        request.put("client_name", "Laurel (test)");
        request.put("jwks_uri", origin() + "/jwks");
        request.put("token_endpoint_auth_method", "private_key_jwt");
        request.put("scope", String.join(" ", Lti.SERVICE_SCOPES));
        request.put(Lti.TOOL_CONFIGURATION, configuration);
        return request;
    }

    public HttpResponse<String> postRegistration(String registrationToken, Map<String, Object> request) {
        return registrationToken == null
                ? sandbox.postJson("/lti/registration", "application/json", request)
                : sandbox.postJson("/lti/registration", "application/json", request, "Authorization", "Bearer " + registrationToken);
    }

    @SuppressWarnings("unchecked")
    public Registered register(String registrationToken, Map<String, Object> request) {
        HttpResponse<String> response = postRegistration(registrationToken, request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("registration failed: " + response.body());
        }
        Map<String, Object> body = SandboxHttp.json(response);
        Map<String, Object> configuration = (Map<String, Object>) body.get(Lti.TOOL_CONFIGURATION);
        return new Registered((String) body.get("client_id"), (String) configuration.get("deployment_id"), body);
    }

    public Registered register(String registrationToken) {
        return register(registrationToken, registrationRequest());
    }

    /** A client assertion for the token endpoint (Security Framework §4.1.1), changed by {@code tweak}. */
    public String clientAssertion(String clientId, UnaryOperator<JWTClaimsSet.Builder> tweak) {
        Date now = new Date();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(clientId).subject(clientId)
                .audience(sandbox.url("/oauth2/token")).issueTime(now).expirationTime(new Date(now.getTime() + 300_000))
                .jwtID(UUID.randomUUID().toString());
        return sign(key, tweak.apply(claims).build());
    }

    public static String sign(RSAKey signingKey, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    public HttpResponse<String> requestToken(String assertion, String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_assertion_type", JWT_BEARER);
        form.put("client_assertion", assertion);
        form.put("scope", scope);
        return sandbox.postForm("/oauth2/token", form);
    }

    /** A bearer token with these scopes, for the AGS and NRPS calls. */
    public String accessToken(String clientId, String... scopes) {
        HttpResponse<String> response = requestToken(clientAssertion(clientId, c -> c), String.join(" ", scopes));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request failed: " + response.body());
        }
        return (String) SandboxHttp.json(response).get("access_token");
    }

    /** The OIDC authentication request a tool makes from a login initiation URL (Security Framework §5.1.1.2). */
    public Map<String, String> authenticationRequest(String loginInitiationUrl) {
        Map<String, String> login = SandboxHttp.query(loginInitiationUrl);
        Map<String, String> auth = new LinkedHashMap<>();
        auth.put("scope", "openid");
        auth.put("response_type", "id_token");
        auth.put("response_mode", "form_post");
        auth.put("prompt", "none");
        auth.put("client_id", login.get("client_id"));
        auth.put("redirect_uri", redirectUri());
        auth.put("login_hint", login.get("login_hint"));
        auth.put("lti_message_hint", login.get("lti_message_hint"));
        auth.put("state", UUID.randomUUID().toString());
        auth.put("nonce", UUID.randomUUID().toString());
        return auth;
    }

    @Override
    public void close() {
        wireMock.stop();
    }
}
