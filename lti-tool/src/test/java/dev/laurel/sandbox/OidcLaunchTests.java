package dev.laurel.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.laurel.sandbox.platform.Lti;
import dev.laurel.sandbox.registration.RegistrationTokens;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcLaunchTests {

    @LocalServerPort
    int port;

    @Autowired
    RegistrationTokens registrationTokens;

    SandboxHttp sandbox;
    TestTool tool;
    TestTool.Registered registered;

    @BeforeAll
    void startTool() {
        sandbox = new SandboxHttp(port);
        tool = new TestTool(sandbox);
    }

    @BeforeEach
    void registerTheTool() {
        registered = tool.register(registrationTokens.issue());
    }

    @AfterAll
    void stopTool() {
        tool.close();
    }

    @Test
    void launchPageFramesTheToolsLoginInitiation() {
        String page = sandbox.get("/launch/instructor").body();
        Map<String, String> login = SandboxHttp.query(SandboxHttp.frameSource(page));

        assertThat(SandboxHttp.frameSource(page)).startsWith(tool.origin() + "/lti/login?");
        assertThat(login).containsEntry("iss", sandbox.base()).containsEntry("client_id", registered.clientId())
                .containsEntry("lti_deployment_id", registered.deploymentId())
                .containsEntry("target_link_uri", tool.origin() + "/lti/launch")
                .containsEntry("lti_storage_target", "_parent").containsKeys("login_hint", "lti_message_hint");
        assertThat(page).contains("allow=\"clipboard-write *; fullscreen *").contains("platform-storage.js")
                .contains("data-tool-origin=\"" + tool.origin() + "\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void instructorLaunchCarriesTheFullClaimSet() throws Exception {
        Map<String, String> auth = tool.authenticationRequest(loginUrl("/launch/instructor"));
        JWTClaimsSet claims = idToken(sandbox.postForm("/oidc/auth", auth), auth.get("state"));

        assertThat(claims.getIssuer()).isEqualTo(sandbox.base());
        assertThat(claims.getAudience()).containsExactly(registered.clientId());
        assertThat(claims.getStringClaim("azp")).isEqualTo(registered.clientId());
        assertThat(claims.getSubject()).isEqualTo(auth.get("login_hint"));
        assertThat(claims.getStringClaim("nonce")).isEqualTo(auth.get("nonce"));
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(300_000);
        assertThat(claims.getStringClaim(Lti.MESSAGE_TYPE)).isEqualTo(Lti.RESOURCE_LINK_REQUEST);
        assertThat(claims.getStringClaim(Lti.VERSION)).isEqualTo("1.3.0");
        assertThat(claims.getStringClaim(Lti.DEPLOYMENT_ID)).isEqualTo(registered.deploymentId());
        assertThat(claims.getStringClaim(Lti.TARGET_LINK_URI)).isEqualTo(tool.origin() + "/lti/launch");
        assertThat(claims.getStringListClaim(Lti.ROLES)).containsExactly(Lti.ROLE_INSTRUCTOR);
        assertThat(claims.getJSONObjectClaim(Lti.CONTEXT)).containsEntry("label", "DAF101")
                .containsEntry("title", "Data Analysis Fundamentals");
        assertThat(claims.getJSONObjectClaim(Lti.RESOURCE_LINK)).containsKey("id");
        assertThat(claims.getJSONObjectClaim(Lti.LAUNCH_PRESENTATION)).containsEntry("document_target", "iframe")
                .containsKey("return_url");
        assertThat(claims.getJSONObjectClaim(Lti.TOOL_PLATFORM)).containsEntry("product_family_code", "laurel-sandbox");
        assertThat(claims.getStringClaim("name")).isEqualTo("Amara Okafor");
        assertThat(claims.getStringClaim("email")).isEqualTo("amara.okafor@faculty.sandbox.example");
        assertThat(claims.getStringClaim("given_name")).isEqualTo("Amara");
        assertThat(claims.getStringClaim("family_name")).isEqualTo("Okafor");
        assertThat(claims.getJSONObjectClaim(Lti.CUSTOM)).containsEntry("context_title", "Data Analysis Fundamentals");
        Map<String, Object> ags = claims.getJSONObjectClaim(Lti.AGS_ENDPOINT);
        assertThat((List<String>) ags.get("scope")).containsExactlyInAnyOrderElementsOf(Lti.AGS_SCOPES);
        assertThat((String) ags.get("lineitems")).matches(sandbox.base() + "/api/lti/courses/\\d+/lineitems\\?type_id=\\d+");
        Map<String, Object> nrps = claims.getJSONObjectClaim(Lti.NRPS);
        assertThat((String) nrps.get("context_memberships_url")).matches(sandbox.base() + "/api/lti/courses/\\d+/memberships");
        assertThat(nrps.get("service_versions")).isEqualTo(List.of("2.0"));
    }

    @Test
    void learnerLaunchHasTheLearnerRole() throws Exception {
        Map<String, String> auth = tool.authenticationRequest(loginUrl("/launch/learner"));
        JWTClaimsSet claims = idToken(sandbox.postForm("/oidc/auth", auth), auth.get("state"));

        assertThat(claims.getStringListClaim(Lti.ROLES)).containsExactly(Lti.ROLE_LEARNER);
        assertThat(claims.getStringClaim("email")).endsWith("@students.sandbox.example");
    }

    @Test
    void adminLaunchHasInstitutionAndSystemAdministratorRoles() throws Exception {
        Map<String, String> auth = tool.authenticationRequest(loginUrl("/launch/admin"));
        JWTClaimsSet claims = idToken(sandbox.postForm("/oidc/auth", auth), auth.get("state"));

        assertThat(claims.getStringListClaim(Lti.ROLES)).containsExactly(Lti.ROLE_INSTITUTION_ADMIN, Lti.ROLE_SYSTEM_ADMIN);
    }

    @Test
    void authorizationAlsoAnswersAGetRequest() throws Exception {
        Map<String, String> auth = tool.authenticationRequest(loginUrl("/launch/learner"));
        JWTClaimsSet claims = idToken(sandbox.get("/oidc/auth?" + SandboxHttp.encode(auth)), auth.get("state"));

        assertThat(claims.getStringClaim(Lti.MESSAGE_TYPE)).isEqualTo(Lti.RESOURCE_LINK_REQUEST);
    }

    @Test
    @SuppressWarnings("unchecked")
    void deepLinkingLaunchCarriesTheSettingsClaim() throws Exception {
        Map<String, String> auth = tool.authenticationRequest(loginUrl("/launch/instructor/deep-linking"));
        JWTClaimsSet claims = idToken(sandbox.postForm("/oidc/auth", auth), auth.get("state"));

        assertThat(claims.getStringClaim(Lti.MESSAGE_TYPE)).isEqualTo(Lti.DEEP_LINKING_REQUEST);
        assertThat(claims.getStringClaim(Lti.TARGET_LINK_URI)).isEqualTo(tool.origin() + "/lti/deep-linking");
        assertThat(claims.getClaim(Lti.RESOURCE_LINK)).isNull();
        Map<String, Object> settings = claims.getJSONObjectClaim(Lti.DL_SETTINGS);
        assertThat(settings).containsEntry("deep_link_return_url", sandbox.base() + "/deep-linking/return")
                .containsKey("data").containsEntry("accept_multiple", true);
        assertThat((List<String>) settings.get("accept_types")).contains("ltiResourceLink");
    }

    @Test
    void rejectsAnUnregisteredRedirectUriWithAnErrorPage() {
        Map<String, String> auth = tool.authenticationRequest(loginUrl("/launch/instructor"));
        auth.put("redirect_uri", "https://attacker.example/steal");

        HttpResponse<String> response = sandbox.postForm("/oidc/auth", auth);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("redirect_uri_not_registered").doesNotContain("attacker.example");
    }

    @Test
    void rejectsAnUnknownClientWithAnErrorPage() {
        Map<String, String> auth = tool.authenticationRequest(loginUrl("/launch/instructor"));
        auth.put("client_id", "nobody");

        HttpResponse<String> response = sandbox.postForm("/oidc/auth", auth);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("client_unknown");
    }

    @Test
    void rejectsAForgedMessageHint() {
        Map<String, String> auth = tool.authenticationRequest(loginUrl("/launch/learner"));
        auth.put("lti_message_hint", auth.get("lti_message_hint").replaceFirst(".$", "x") + "A");

        assertOidcError(sandbox.postForm("/oidc/auth", auth), auth, "invalid_request", "message_hint_invalid");
    }

    @Test
    void rejectsALoginHintForAnotherUser() {
        Map<String, String> auth = tool.authenticationRequest(loginUrl("/launch/learner"));
        auth.put("login_hint", "999999");

        assertOidcError(sandbox.postForm("/oidc/auth", auth), auth, "login_required", "login_hint_mismatch");
    }

    @Test
    void rejectsAMissingNonce() {
        Map<String, String> auth = tool.authenticationRequest(loginUrl("/launch/learner"));
        auth.remove("nonce");

        assertOidcError(sandbox.postForm("/oidc/auth", auth), auth, "invalid_request", "nonce_missing");
    }

    @Test
    void rejectsAPromptOtherThanNone() {
        Map<String, String> auth = tool.authenticationRequest(loginUrl("/launch/learner"));
        auth.put("prompt", "login");

        assertOidcError(sandbox.postForm("/oidc/auth", auth), auth, "invalid_request", "prompt_invalid");
    }

    @Test
    void rejectsAWrongResponseType() {
        Map<String, String> auth = tool.authenticationRequest(loginUrl("/launch/learner"));
        auth.put("response_type", "code");

        assertOidcError(sandbox.postForm("/oidc/auth", auth), auth, "unsupported_response_type", "response_type_invalid");
    }

    @Test
    void rejectsAScopeWithoutOpenid() {
        Map<String, String> auth = tool.authenticationRequest(loginUrl("/launch/learner"));
        auth.put("scope", "profile");

        assertOidcError(sandbox.postForm("/oidc/auth", auth), auth, "invalid_scope", "scope_invalid");
    }

    private String loginUrl(String launchPath) {
        return SandboxHttp.frameSource(sandbox.get(launchPath).body());
    }

    private JWTClaimsSet idToken(HttpResponse<String> response, String state) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SandboxHttp.formAction(response.body())).isEqualTo(tool.redirectUri());
        Map<String, String> fields = SandboxHttp.hiddenFields(response.body());
        assertThat(fields).containsEntry("state", state).doesNotContainKey("error");
        SignedJWT jwt = SignedJWT.parse(fields.get("id_token"));
        JWKSet platformKeys = JWKSet.parse(sandbox.get("/jwks").body());
        RSAKey key = (RSAKey) platformKeys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isAfter(new Date());
        return jwt.getJWTClaimsSet();
    }

    private void assertOidcError(HttpResponse<String> response, Map<String, String> auth, String error, String code) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SandboxHttp.formAction(response.body())).isEqualTo(tool.redirectUri());
        Map<String, String> fields = SandboxHttp.hiddenFields(response.body());
        assertThat(fields).containsEntry("error", error).doesNotContainKey("id_token");
        assertThat(fields.get("error_description")).startsWith(code);
        if (auth.containsKey("state")) {
            assertThat(fields).containsEntry("state", auth.get("state"));
        }
    }
}
