package dev.laurel.tool.services;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServiceTokenClientTests {

    @RegisterExtension
    static WireMockExtension platform = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));

    private TestServicesClients clients;

    private PlatformStubs stubs;

    @BeforeEach
    void setUp() {
        clients = TestServicesClients.create(clock);
        stubs = new PlatformStubs(platform.getRuntimeInfo().getWireMock(), platform.baseUrl());
    }

    @Test
    void clientAssertionIsAnRs256JwtWithSpecClaimsAndKid() throws Exception {
        PlatformServices moodle = TestPlatforms.moodle(platform.baseUrl(), 1);
        stubs.token("/mod/lti/token.php", "moodle/token.json");

        String token = clients.tokens().accessToken(moodle, java.util.Set.of(TestPlatforms.LINE_ITEM));

        assertThat(token).isEqualTo("moodle-token-1");
        Map<String, String> form = form(platform.getAllServeEvents().get(0).getRequest().getBodyAsString());
        assertThat(form).containsEntry("grant_type", "client_credentials")
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .containsEntry("scope", TestPlatforms.LINE_ITEM);
        SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
        assertThat(assertion.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(assertion.getHeader().getKeyID()).isEqualTo(TestToolKeys.KID);
        assertThat(assertion.verify(new RSASSAVerifier(new TestToolKeys().currentSigningKey().toRSAPublicKey()))).isTrue();
        JWTClaimsSet claims = assertion.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("moodle-client-1");
        assertThat(claims.getSubject()).isEqualTo("moodle-client-1");
        assertThat(claims.getAudience()).containsExactly(platform.baseUrl() + "/mod/lti/token.php");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(clock.instant());
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(claims.getJWTID()).isNotBlank();
    }

    @Test
    void canvasAssertionAudienceIsTheNamedAuthorizationServer() throws Exception {
        PlatformServices canvas = TestPlatforms.canvas(platform.baseUrl(), 2);
        stubs.token("/login/oauth2/token", "canvas/token.json");

        clients.tokens().accessToken(canvas, java.util.Set.of(TestPlatforms.SCORE));

        Map<String, String> form = form(platform.getAllServeEvents().get(0).getRequest().getBodyAsString());
        assertThat(SignedJWT.parse(form.get("client_assertion")).getJWTClaimsSet().getAudience())
                .containsExactly("https://sso.canvaslms.com/login/oauth2/token");
    }

    @Test
    void oneTokenRequestServesManyCalls() {
        PlatformServices moodle = TestPlatforms.moodle(platform.baseUrl(), 3);
        stubs.token("/mod/lti/token.php", "moodle/token.json");
        platform.stubFor(get(urlPathEqualTo("/ping")).willReturn(okJson("[]")));

        for (int i = 0; i < 25; i++) {
            clients.http().exchange(moodle, PlatformRequest.get(URI.create(platform.baseUrl() + "/ping"),
                    TestPlatforms.LINE_ITEM, "application/json"));
        }

        platform.verify(1, postRequestedFor(urlPathEqualTo("/mod/lti/token.php")));
        platform.verify(25, getRequestedFor(urlPathEqualTo("/ping")).withHeader("Authorization", equalTo("Bearer moodle-token-1")));
    }

    @Test
    void tokenIsRenewedShortlyBeforeItExpires() {
        PlatformServices moodle = TestPlatforms.moodle(platform.baseUrl(), 4);
        stubs.token("/mod/lti/token.php", "moodle/token.json");

        clients.tokens().accessToken(moodle, java.util.Set.of(TestPlatforms.LINE_ITEM));
        clock.advance(Duration.ofMinutes(58));
        clients.tokens().accessToken(moodle, java.util.Set.of(TestPlatforms.LINE_ITEM));
        platform.verify(1, postRequestedFor(urlPathEqualTo("/mod/lti/token.php")));
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        clients.tokens().accessToken(moodle, java.util.Set.of(TestPlatforms.LINE_ITEM));

        platform.verify(2, postRequestedFor(urlPathEqualTo("/mod/lti/token.php")));
    }

    @Test
    void serviceAnswering401GetsAFreshTokenAndOneRetry() {
        PlatformServices moodle = TestPlatforms.moodle(platform.baseUrl(), 5);
        platform.stubFor(post(urlPathEqualTo("/mod/lti/token.php")).inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"access_token\":\"revoked\",\"token_type\":\"Bearer\",\"expires_in\":3600}"))
                .willSetStateTo("second"));
        platform.stubFor(post(urlPathEqualTo("/mod/lti/token.php")).inScenario("tokens").whenScenarioStateIs("second")
                .willReturn(okJson("{\"access_token\":\"fresh\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        platform.stubFor(get(urlPathEqualTo("/ping")).withHeader("Authorization", equalTo("Bearer revoked"))
                .willReturn(aResponse().withStatus(401)));
        platform.stubFor(get(urlPathEqualTo("/ping")).withHeader("Authorization", equalTo("Bearer fresh"))
                .willReturn(okJson("[]")));

        PlatformResponse response = clients.http().exchange(moodle,
                PlatformRequest.get(URI.create(platform.baseUrl() + "/ping"), TestPlatforms.LINE_ITEM, "application/json"));

        assertThat(response.status()).isEqualTo(200);
        platform.verify(2, postRequestedFor(urlPathEqualTo("/mod/lti/token.php")));
        platform.verify(2, getRequestedFor(urlPathEqualTo("/ping")));
    }

    @Test
    void serviceRefusingFreshTokensFailsWithServiceUnauthorized() {
        PlatformServices moodle = TestPlatforms.moodle(platform.baseUrl(), 6);
        stubs.token("/mod/lti/token.php", "moodle/token.json");
        platform.stubFor(get(urlPathEqualTo("/ping")).willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> clients.http().exchange(moodle,
                PlatformRequest.get(URI.create(platform.baseUrl() + "/ping"), TestPlatforms.LINE_ITEM, "application/json")))
                .isInstanceOfSatisfying(ServiceTokenException.class,
                        ex -> assertThat(ex.code()).isEqualTo(ServiceTokenException.UNAUTHORIZED));
        platform.verify(2, getRequestedFor(urlPathEqualTo("/ping")));
    }

    @Test
    void rejectedClientFailsWithServiceTokenRejectedAndTheReason() {
        PlatformServices canvas = TestPlatforms.canvas(platform.baseUrl(), 7);
        platform.stubFor(post(urlPathEqualTo("/login/oauth2/token")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(stubs.fixture("canvas/token-invalid-client.json"))));

        assertThatThrownBy(() -> clients.tokens().accessToken(canvas, java.util.Set.of(TestPlatforms.SCORE)))
                .isInstanceOfSatisfying(ServiceTokenException.class, ex -> {
                    assertThat(ex.code()).isEqualTo(ServiceTokenException.REJECTED);
                    assertThat(ex.platformMessage()).isEqualTo("invalid_client: JWS signature invalid.");
                });
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}
