package dev.laurel.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.laurel.sandbox.platform.Lti;
import dev.laurel.sandbox.registration.RegistrationTokens;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeepLinkingTests {

    @LocalServerPort
    int port;

    @Autowired
    RegistrationTokens registrationTokens;

    SandboxHttp sandbox;
    TestTool tool;
    TestTool.Registered registered;
    String data;
    String courseId;
    String badgeResourceId;

    @BeforeAll
    void startTool() {
        sandbox = new SandboxHttp(port);
        tool = new TestTool(sandbox);
    }

    @BeforeEach
    void launchDeepLinking() throws Exception {
        registered = tool.register(registrationTokens.issue());
        badgeResourceId = "badge-" + UUID.randomUUID();
        Map<String, String> auth = tool.authenticationRequest(
                SandboxHttp.frameSource(sandbox.get("/launch/instructor/deep-linking").body()));
        String idToken = SandboxHttp.hiddenFields(sandbox.postForm("/oidc/auth", auth).body()).get("id_token");
        JWTClaimsSet claims = SignedJWT.parse(idToken).getJWTClaimsSet();
        data = (String) claims.getJSONObjectClaim(Lti.DL_SETTINGS).get("data");
        courseId = (String) claims.getJSONObjectClaim(Lti.CONTEXT).get("id");
    }

    @AfterAll
    void stopTool() {
        tool.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void placesTheItemsOfAValidResponseWithTheLineItemTheyAskFor() {
        HttpResponse<String> response = returnToPlatform(tool.key(), c -> c);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Content added to the course").contains("Laurel badges: Data Wrangler")
                .contains(tool.origin() + "/lti/launch");
        String token = tool.accessToken(registered.clientId(), Lti.SCOPE_LINEITEM_READONLY);
        List<Object> created = SandboxHttp.jsonArray(sandbox.get("/api/lti/courses/" + courseId
                + "/lineitems?resource_id=" + badgeResourceId, "Authorization", "Bearer " + token));
        assertThat(created).hasSize(1);
        assertThat((Map<String, Object>) created.get(0)).containsEntry("label", "Data Wrangler badge")
                .containsEntry("tag", "laurel-badge").containsKey("resourceLinkId");
    }

    @Test
    void rejectsALineItemWithoutScoreMaximum() {
        assertRejected(returnToPlatform(tool.key(), c -> c.claim(Lti.DL_CONTENT_ITEMS, List.of(Map.of("type", "ltiResourceLink",
                "title", "Broken", "lineItem", Map.of("label", "No maximum"))))), "deep_linking_line_item_invalid");
    }

    @Test
    void rejectsAResponseSignedByAnotherKey() {
        RSAKey forger = TestTool.newKey(tool.key().getKeyID());

        assertRejected(returnToPlatform(forger, c -> c), "deep_linking_jwt_signature_invalid");
    }

    @Test
    void rejectsAResponseForAnotherAudience() {
        assertRejected(returnToPlatform(tool.key(), c -> c.audience("https://other-lms.example")), "deep_linking_audience_invalid");
    }

    @Test
    void rejectsAResponseWithoutNonce() {
        assertRejected(returnToPlatform(tool.key(), c -> c.claim("nonce", null)), "deep_linking_nonce_missing");
    }

    @Test
    void rejectsAReplayedResponse() {
        String jwt = response(tool.key(), c -> c);
        assertThat(sandbox.postForm("/deep-linking/return", Map.of("JWT", jwt)).statusCode()).isEqualTo(200);

        assertRejected(sandbox.postForm("/deep-linking/return", Map.of("JWT", jwt)), "deep_linking_nonce_replayed");
    }

    @Test
    void rejectsAnotherDeployment() {
        assertRejected(returnToPlatform(tool.key(), c -> c.claim(Lti.DEPLOYMENT_ID, "999")), "deep_linking_deployment_invalid");
    }

    @Test
    void rejectsAWrongMessageType() {
        assertRejected(returnToPlatform(tool.key(), c -> c.claim(Lti.MESSAGE_TYPE, Lti.RESOURCE_LINK_REQUEST)),
                "deep_linking_message_type_invalid");
    }

    @Test
    void rejectsAWrongVersion() {
        assertRejected(returnToPlatform(tool.key(), c -> c.claim(Lti.VERSION, "1.1")), "deep_linking_version_invalid");
    }

    @Test
    void rejectsForgedData() {
        assertRejected(returnToPlatform(tool.key(), c -> c.claim(Lti.DL_DATA, "made-up")), "deep_linking_data_invalid");
    }

    @Test
    void rejectsAnUnknownIssuer() {
        assertRejected(returnToPlatform(tool.key(), c -> c.issuer("someone")), "deep_linking_client_unknown");
    }

    @Test
    void rejectsAMissingJwt() {
        assertRejected(sandbox.postForm("/deep-linking/return", Map.of()), "deep_linking_response_malformed");
    }

    private HttpResponse<String> returnToPlatform(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> tweak) {
        return sandbox.postForm("/deep-linking/return", Map.of("JWT", response(key, tweak)));
    }

    private String response(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> tweak) {
        Date now = new Date();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(registered.clientId()).audience(sandbox.base())
                .issueTime(now).expirationTime(new Date(now.getTime() + 300_000)).claim("nonce", UUID.randomUUID().toString())
                .claim(Lti.DEPLOYMENT_ID, registered.deploymentId()).claim(Lti.MESSAGE_TYPE, Lti.DEEP_LINKING_RESPONSE)
                .claim(Lti.VERSION, "1.3.0").claim(Lti.DL_DATA, data).claim(Lti.DL_MSG, "Badge placed")
                .claim(Lti.DL_CONTENT_ITEMS, List.of(Map.of("type", "ltiResourceLink", "title", "Laurel badges: Data Wrangler",
                        "url", tool.origin() + "/lti/launch", "custom", Map.of("badge", "data-wrangler"),
                        "lineItem", Map.of("label", "Data Wrangler badge", "scoreMaximum", 1, "resourceId", badgeResourceId,
                                "tag", "laurel-badge"))));
        return TestTool.sign(key, tweak.apply(claims).build());
    }

    private static void assertRejected(HttpResponse<String> response, String code) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(code).doesNotContain("Content added to the course");
    }
}
