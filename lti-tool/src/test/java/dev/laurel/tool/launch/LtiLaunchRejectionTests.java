package dev.laurel.tool.launch;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.laurel.tool.launch.LaunchTestSupport.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.launch.LaunchTestSupport.Login;
import dev.laurel.tool.registration.PlatformRegistrations;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One test per rejection code of a launch: each asserts the code and that no session is left behind. */
@ToolTest
@DatabaseTest
class LtiLaunchRejectionTests {

    @RegisterExtension
    static WireMockExtension platformServer = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @LocalServerPort
    int port;

    @Autowired
    PlatformRegistrations registrations;

    TestPlatform platform;
    ToolBrowser browser;
    String target;
    Login login;

    @BeforeEach
    void loginFromPlatform() {
        platform = TestPlatform.moodle(registrations, platformServer);
        browser = new ToolBrowser(port);
        target = browser.base() + "/course";
        login = LaunchTestSupport.login(browser, platform, target);
    }

    private LaunchTokenBuilder token() {
        return TestLaunches.resourceLink(platform, login.nonce(), target, "course-1");
    }

    private HttpResponse<String> launch(String idToken) {
        return browser.launch(idToken, login.state());
    }

    @Test
    void rejectsTokenWithoutKid() {
        assertRejected(browser, launch(token().withoutKid().build()), "missing_kid");
    }

    @Test
    void rejectsUnknownKid() {
        assertRejected(browser, launch(token().kid("not-a-platform-key").build()), "unknown_kid");
    }

    @Test
    void rejectsAlgNone() {
        assertRejected(browser, launch(token().buildUnsigned()), "unsupported_alg");
    }

    @Test
    void rejectsHs256SignedWithThePlatformPublicKeyAsSecret() {
        assertRejected(browser, launch(token().buildHs256WithPublicKeyAsSecret()), "unsupported_alg");
    }

    @Test
    void rejectsTamperedPayload() {
        assertRejected(browser, launch(token().buildTampered("sub", "someone-else")), "invalid_signature");
    }

    @Test
    void rejectsSignatureByAnotherKeyUnderTheKnownKid() {
        String forged = token().signedWith(TestPlatform.newKey()).kid(platform.signingKey.getKeyID()).build();
        assertRejected(browser, launch(forged), "invalid_signature");
    }

    @Test
    void rejectsExpiredToken() {
        assertRejected(browser, launch(token().claim("iat", Instant.now().minusSeconds(600).getEpochSecond())
                .claim("exp", Instant.now().minusSeconds(120).getEpochSecond()).build()),
                "token_expired");
    }

    @Test
    void rejectsTokenIssuedInTheFuture() {
        assertRejected(browser, launch(token().claim("iat", Instant.now().plusSeconds(300).getEpochSecond())
                .claim("exp", Instant.now().plusSeconds(900).getEpochSecond()).build()),
                "iat_in_future");
    }

    @Test
    void rejectsTokenNotYetValid() {
        assertRejected(browser, launch(token().claim("nbf", Instant.now().plusSeconds(300).getEpochSecond()).build()),
                "token_not_yet_valid");
    }

    @Test
    void rejectsWrongIssuer() {
        assertRejected(browser, launch(token().claim("iss", "https://evil.example.com").build()), "invalid_issuer");
    }

    @Test
    void rejectsWrongAudience() {
        assertRejected(browser, launch(token().claim("aud", "another-client").build()), "invalid_audience");
    }

    @Test
    void rejectsSeveralAudiencesWithoutAzp() {
        assertRejected(browser, launch(token().claim("aud", List.of(platform.registration.clientId(), "other")).build()),
                "invalid_audience");
    }

    @Test
    void rejectsAzpOfAnotherClient() {
        assertRejected(browser, launch(token().claim("aud", List.of(platform.registration.clientId(), "other"))
                .claim("azp", "other").build()), "invalid_audience");
    }

    @Test
    void rejectsMissingNonce() {
        assertRejected(browser, launch(token().without("nonce").build()), "nonce_missing");
    }

    @Test
    void rejectsUnknownNonce() {
        assertRejected(browser, launch(token().claim("nonce", "not-the-nonce-we-sent").build()), "nonce_unknown");
    }

    @Test
    void rejectsReplayedNonce() {
        String idToken = token().build();
        assertThat(launch(idToken).statusCode()).isEqualTo(303);
        browser.forget("LAUREL_LTI_SESSION");

        assertRejected(browser, launch(idToken), "nonce_replayed");
    }

    @Test
    void rejectsMissingState() {
        assertRejected(browser, browser.launch(token().build(), null), "state_missing");
    }

    @Test
    void rejectsLaunchWithoutTheLoginCookie() {
        browser.forget("LAUREL_LTI_LOGIN");
        assertRejected(browser, launch(token().build()), "state_missing");
    }

    @Test
    void rejectsStateOfALoginStartedInAnotherBrowser() {
        ToolBrowser attacker = new ToolBrowser(port);
        LaunchTestSupport.login(attacker, platform, target);

        assertRejected(attacker, attacker.launch(token().build(), login.state()), "state_mismatch");
    }

    @Test
    void rejectsIdTokenWithoutLogin() {
        assertRejected(browser, browser.launch(token().build(), "a-state-laurel-never-issued"), "no_login");
    }

    @Test
    void rejectsMissingDeployment() {
        assertRejected(browser, launch(token().without(LtiClaims.DEPLOYMENT_ID).build()), "deployment_missing");
    }

    @Test
    void rejectsUnknownDeployment() {
        assertRejected(browser, launch(token().claim(LtiClaims.DEPLOYMENT_ID, "unknown-deployment").build()),
                "invalid_deployment");
        assertThat(registrations.deployments(platform.registration.id())).hasSize(1);
    }

    @Test
    void rejectsWrongVersion() {
        assertRejected(browser, launch(token().claim(LtiClaims.VERSION, "1.1").build()), "invalid_version");
    }

    @Test
    void rejectsMissingVersion() {
        assertRejected(browser, launch(token().without(LtiClaims.VERSION).build()), "invalid_version");
    }

    @Test
    void rejectsUnknownMessageType() {
        assertRejected(browser, launch(token().claim(LtiClaims.MESSAGE_TYPE, "LtiSomethingElse").build()),
                "invalid_message_type");
    }

    @Test
    void rejectsMissingMessageType() {
        assertRejected(browser, launch(token().without(LtiClaims.MESSAGE_TYPE).build()), "invalid_message_type");
    }

    @Test
    void rejectsResourceLinkWithoutId() {
        assertRejected(browser, launch(token().claim(LtiClaims.RESOURCE_LINK, Map.of("title", "no id")).build()),
                "resource_link_missing");
    }

    @Test
    void rejectsMissingSubject() {
        assertRejected(browser, launch(token().without("sub").build()), "subject_missing");
    }

    @Test
    void rejectsDeepLinkingRequestWithoutSettings() {
        String idToken = TestLaunches.deepLinking(platform, login.nonce(), target, "course-1", "https://x.example/return")
                .without(LtiClaims.DEEP_LINKING_SETTINGS).build();
        assertRejected(browser, launch(idToken), "deep_linking_settings_missing");
    }

    @Test
    void rejectsTargetLinkUriOtherThanTheLogins() {
        assertRejected(browser, launch(token().claim(LtiClaims.TARGET_LINK_URI, browser.base() + "/elsewhere").build()),
                "target_link_uri_mismatch");
    }

    @Test
    void rejectsMalformedToken() {
        assertRejected(browser, launch("not.a.jwt"), "malformed_token");
    }

    @Test
    void recordsTheRejectionOnTheRegistration() {
        launch(token().claim("iss", "https://evil.example.com").build());

        assertThat(registrations.health(platform.registration.id()).lastErrorCode()).contains("invalid_issuer");
    }
}
