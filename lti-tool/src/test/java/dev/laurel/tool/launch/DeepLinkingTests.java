package dev.laurel.tool.launch;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.launch.LaunchTestSupport.Login;
import dev.laurel.tool.registration.PlatformRegistrations;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The deep linking round trip: request launch, choice, signed response that verifies with Laurel's JWKS. */
@ToolTest
@DatabaseTest
class DeepLinkingTests {

    @RegisterExtension
    static WireMockExtension platformServer = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @LocalServerPort
    int port;

    @Autowired
    PlatformRegistrations registrations;

    @Test
    void deepLinkingRoundTripPlacesTheBadgeHubWithAResponseSignedByTheToolKey() throws Exception {
        TestPlatform platform = TestPlatform.moodle(registrations, platformServer);
        ToolBrowser browser = new ToolBrowser(port);
        String target = browser.base() + "/deep-linking";
        String returnUrl = platformServer.baseUrl() + "/mod/lti/contentitem_return.php?course=2";
        Login login = LaunchTestSupport.login(browser, platform, target);
        HttpResponse<String> launch = browser.launch(TestLaunches.deepLinking(platform, login.nonce(), target,
                "course-" + UUID.randomUUID(), returnUrl).build(), login.state());
        assertThat(launch.statusCode()).isEqualTo(303);
        assertThat(launch.headers().firstValue("Location")).contains("/deep-linking");

        HttpResponse<String> choice = browser.get("/deep-linking");
        assertThat(choice.statusCode()).isEqualTo(200);
        assertThat(choice.body()).contains("Laurel badge hub");
        String formToken = value(choice.body(), "name=\"lti_session\" value=\"");

        HttpResponse<String> forged = browser.post("/deep-linking/response", Map.of("offer", "badge-hub"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains(">deep_linking_required</span>");

        HttpResponse<String> response = browser.post("/deep-linking/response",
                Map.of("offer", "badge-hub", "lti_session", formToken));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("action=\"" + returnUrl.replace("&", "&amp;") + "\"");
        SignedJWT jwt = SignedJWT.parse(value(response.body(), "name=\"JWT\" value=\""));

        JWKSet toolKeys = JWKSet.parse(browser.get("/.well-known/jwks.json").body());
        RSAKey key = (RSAKey) toolKeys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(key).isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(platform.registration.clientId());
        assertThat(claims.getAudience()).containsExactly(platform.registration.issuer());
        assertThat(claims.getStringClaim("nonce")).isNotBlank();
        assertThat(claims.getIssueTime()).isNotNull();
        assertThat(claims.getExpirationTime()).isAfter(claims.getIssueTime());
        assertThat(claims.getStringClaim(LtiClaims.DEPLOYMENT_ID)).isEqualTo(platform.deploymentId);
        assertThat(claims.getStringClaim(LtiClaims.MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getStringClaim(LtiClaims.VERSION)).isEqualTo("1.3.0");
        assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data"))
                .isEqualTo("opaque-platform-data-42");
        List<Object> items = claims.getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        assertThat(items).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) items.get(0);
        assertThat(item).containsEntry("type", "ltiResourceLink").containsEntry("title", "Laurel badge hub");
    }

    @Test
    void resourceLinkSessionCannotAnswerADeepLinkingRequest() {
        TestPlatform platform = TestPlatform.moodle(registrations, platformServer);
        ToolBrowser browser = new ToolBrowser(port);
        String target = browser.base() + "/course";
        Login login = LaunchTestSupport.login(browser, platform, target);
        browser.launch(TestLaunches.resourceLink(platform, login.nonce(), target, "course-x")
                .claim(LtiClaims.ROLES, List.of(TestLaunches.INSTRUCTOR)).build(), login.state());

        HttpResponse<String> denied = browser.get("/deep-linking");
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains(">deep_linking_required</span>");
    }

    private static String value(String html, String prefix) {
        int start = html.indexOf(prefix) + prefix.length();
        return html.substring(start, html.indexOf('"', start));
    }
}
