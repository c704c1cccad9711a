package dev.laurel.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.laurel.sandbox.platform.Lti;
import dev.laurel.sandbox.registration.RegistrationTokens;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenEndpointTests {

    @LocalServerPort
    int port;

    @Autowired
    RegistrationTokens registrationTokens;

    SandboxHttp sandbox;
    TestTool tool;
    String clientId;

    @BeforeAll
    void registerTool() {
        sandbox = new SandboxHttp(port);
        tool = new TestTool(sandbox);
        clientId = tool.register(registrationTokens.issue()).clientId();
    }

    @AfterAll
    void stopTool() {
        tool.close();
    }

    @Test
    void validAssertionGetsABearerTokenForTheScopesAsked() {
        HttpResponse<String> response = tool.requestToken(tool.clientAssertion(clientId, c -> c),
                Lti.SCOPE_LINEITEM + " " + Lti.SCOPE_NRPS);

        Map<String, Object> body = SandboxHttp.json(response);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(body).containsEntry("token_type", "Bearer").containsEntry("scope", Lti.SCOPE_LINEITEM + " " + Lti.SCOPE_NRPS);
        assertThat(((Number) body.get("expires_in")).longValue()).isEqualTo(3600);
        assertThat((String) body.get("access_token")).hasSizeGreaterThan(30);
    }

    @Test
    void rejectsAnAssertionSignedByAnotherKeyWithTheSameKid() {
        RSAKey impostor = TestTool.newKey(tool.key().getKeyID());
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(sandbox.url("/oauth2/token"))
                .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 60_000)).jwtID("forged-1").build();

        assertRejected(tool.requestToken(TestTool.sign(impostor, claims), Lti.SCOPE_SCORE), 401, "invalid_client",
                "client_assertion_jwt_signature_invalid");
    }

    @Test
    void rejectsAnAssertionWithAnUnknownKid() {
        RSAKey other = TestTool.newKey("not-in-the-tools-jwks");
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(sandbox.url("/oauth2/token"))
                .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 60_000)).jwtID("forged-2").build();

        assertRejected(tool.requestToken(TestTool.sign(other, claims), Lti.SCOPE_SCORE), 401, "invalid_client",
                "client_assertion_jwt_key_unknown");
    }

    @Test
    void rejectsAWrongAudience() {
        String assertion = tool.clientAssertion(clientId, c -> c.audience(sandbox.base()));

        assertRejected(tool.requestToken(assertion, Lti.SCOPE_SCORE), 401, "invalid_client", "client_assertion_audience_invalid");
    }

    @Test
    void rejectsAnExpiredAssertion() {
        String assertion = tool.clientAssertion(clientId, c -> c.issueTime(new Date(System.currentTimeMillis() - 600_000))
                .expirationTime(new Date(System.currentTimeMillis() - 300_000)));

        assertRejected(tool.requestToken(assertion, Lti.SCOPE_SCORE), 401, "invalid_client", "client_assertion_expired");
    }

    @Test
    void rejectsAReplayedJti() {
        String assertion = tool.clientAssertion(clientId, c -> c);
        assertThat(tool.requestToken(assertion, Lti.SCOPE_SCORE).statusCode()).isEqualTo(200);

        assertRejected(tool.requestToken(assertion, Lti.SCOPE_SCORE), 401, "invalid_client", "client_assertion_jti_replayed");
    }

    @Test
    void rejectsAnAssertionWithoutJti() {
        String assertion = tool.clientAssertion(clientId, c -> c.jwtID(null));

        assertRejected(tool.requestToken(assertion, Lti.SCOPE_SCORE), 401, "invalid_client", "client_assertion_jti_missing");
    }

    @Test
    void rejectsAnUnknownClient() {
        String assertion = tool.clientAssertion("no-such-client", c -> c);

        assertRejected(tool.requestToken(assertion, Lti.SCOPE_SCORE), 401, "invalid_client", "client_unknown");
    }

    @Test
    void rejectsIssuerDifferentFromSubject() {
        String assertion = tool.clientAssertion(clientId, c -> c.subject("someone-else"));

        assertRejected(tool.requestToken(assertion, Lti.SCOPE_SCORE), 401, "invalid_client", "client_assertion_issuer_mismatch");
    }

    @Test
    void rejectsAnotherGrantType() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", "abc");

        assertRejected(sandbox.postForm("/oauth2/token", form), 400, "unsupported_grant_type", "grant_type_unsupported");
    }

    @Test
    void rejectsAMissingGrantType() {
        assertRejected(sandbox.postForm("/oauth2/token", Map.of("scope", Lti.SCOPE_SCORE)), 400, "invalid_request", "grant_type_missing");
    }

    @Test
    void rejectsAnotherClientAssertionType() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_assertion_type", "urn:example:other");
        form.put("client_assertion", tool.clientAssertion(clientId, c -> c));
        form.put("scope", Lti.SCOPE_SCORE);

        assertRejected(sandbox.postForm("/oauth2/token", form), 401, "invalid_client", "client_assertion_type_unsupported");
    }

    @Test
    void rejectsAScopeTheToolDidNotRegisterFor() {
        Map<String, Object> request = tool.registrationRequest();
        request.put("scope", Lti.SCOPE_SCORE);
        String scoreOnlyClient = tool.register(registrationTokens.issue(), request).clientId();

        assertRejected(tool.requestToken(tool.clientAssertion(scoreOnlyClient, c -> c), Lti.SCOPE_NRPS), 400,
                "invalid_scope", "scope_not_granted");
    }

    @Test
    void rejectsAnUnknownScope() {
        assertRejected(tool.requestToken(tool.clientAssertion(clientId, c -> c), "https://example.com/scope/everything"), 400,
                "invalid_scope", "scope_not_granted");
    }

    @Test
    void rejectsAMissingScope() {
        assertRejected(tool.requestToken(tool.clientAssertion(clientId, c -> c), ""), 400, "invalid_scope", "scope_missing");
    }

    private static void assertRejected(HttpResponse<String> response, int status, String error, String code) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(SandboxHttp.json(response)).containsEntry("error", error);
        assertThat(SandboxHttp.json(response).get("error_description").toString()).startsWith(code + ":");
    }
}
