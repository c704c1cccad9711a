package dev.laurel.tool.services;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpMethod;

/**
 * A token endpoint that does not answer, fails (5xx) or rate limits (429) makes the service call
 * {@code platform_unavailable} / {@code platform_rate_limited}, retried and counted as a service's own failure; an
 * OAuth2 error answer stays {@code service_token_rejected}, asked once.
 */
class ServiceTokenFailureTests {

    private static final String TOKEN = "/mod/lti/token.php";

    private static final String SCORES = "/mod/lti/services.php/2/lineitems/7/lineitem/scores";

    @RegisterExtension
    static WireMockExtension moodleSite = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));

    private TestServicesClients clients;

    private PlatformStubs stubs;

    @BeforeEach
    void setUp() {
        clients = TestServicesClients.create(clock);
        stubs = new PlatformStubs(moodleSite.getRuntimeInfo().getWireMock(), moodleSite.baseUrl());
        moodleSite.stubFor(post(urlPathEqualTo(SCORES)).willReturn(aResponse().withStatus(200)));
    }

    @Test
    void tokenEndpointRefusingConnectionsIsPlatformUnavailableRetriedAndCounted() throws IOException {
        PlatformServices moodle = withTokenUrl(TestPlatforms.moodle(moodleSite.baseUrl(), 71),
                URI.create("http://127.0.0.1:" + closedPort() + TOKEN));

        assertThatThrownBy(() -> publishScore(moodle)).isInstanceOfSatisfying(PlatformUnavailableException.class, ex -> {
            assertThat(ex.code()).isEqualTo(PlatformUnavailableException.UNAVAILABLE);
            assertThat(ex.status()).isZero();
            assertThat(ex.platformMessage()).isEqualTo("token endpoint unreachable");
        });
        assertThat(clients.waits()).hasSize(3);
        assertThat(clients.guards().breaker(71).getMetrics().getNumberOfFailedCalls()).isEqualTo(4);
        moodleSite.verify(0, postRequestedFor(urlPathEqualTo(SCORES)));
    }

    @Test
    void tokenEndpointTimingOutIsPlatformUnavailable() {
        ServicesProperties fast = TestServicesClients.fastProperties();
        ServicesProperties shortRead = new ServicesProperties(fast.connectTimeout(), Duration.ofMillis(200),
                fast.concurrencyLimit(), fast.concurrencyWait(), fast.tokenRefreshSkew(), fast.assertionLifetime(),
                fast.retry(), fast.circuitBreaker());
        TestServicesClients impatient = TestServicesClients.create(clock, shortRead);
        moodleSite.stubFor(post(urlPathEqualTo(TOKEN)).willReturn(token().withFixedDelay(2_000)));

        assertThatThrownBy(() -> impatient.tokens().accessToken(TestPlatforms.moodle(moodleSite.baseUrl(), 72),
                Set.of(TestPlatforms.SCORE))).isInstanceOfSatisfying(PlatformUnavailableException.class,
                        ex -> assertThat(ex.code()).isEqualTo(PlatformUnavailableException.UNAVAILABLE));
    }

    @Test
    void tokenEndpointResettingTheConnectionOnceIsRetriedAndTheScorePublished() {
        tokenEndpointAnswers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThat(publishScore(TestPlatforms.moodle(moodleSite.baseUrl(), 73)).status()).isEqualTo(200);

        moodleSite.verify(2, postRequestedFor(urlPathEqualTo(TOKEN)));
        assertThat(clients.waits()).hasSize(1);
    }

    @Test
    void tokenEndpoint503ThenATokenPublishesTheScoreAfterOneRetry() {
        tokenEndpointAnswers(aResponse().withStatus(503).withHeader("Content-Type", "text/html")
                .withBody("<html><body>Service Unavailable</body></html>"));

        assertThat(publishScore(TestPlatforms.moodle(moodleSite.baseUrl(), 74)).status()).isEqualTo(200);

        moodleSite.verify(2, postRequestedFor(urlPathEqualTo(TOKEN)));
        moodleSite.verify(1, postRequestedFor(urlPathEqualTo(SCORES)));
        assertThat(clients.waits()).hasSize(1);
        assertThat(clients.guards().breaker(74).getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
    }

    @Test
    void tokenEndpointStillFailingAfterTheRetriesIsPlatformUnavailableWithItsStatus() {
        moodleSite.stubFor(post(urlPathEqualTo(TOKEN)).willReturn(aResponse().withStatus(502)));

        assertThatThrownBy(() -> publishScore(TestPlatforms.moodle(moodleSite.baseUrl(), 75)))
                .isInstanceOfSatisfying(PlatformUnavailableException.class, ex -> {
                    assertThat(ex.code()).isEqualTo(PlatformUnavailableException.UNAVAILABLE);
                    assertThat(ex.status()).isEqualTo(502);
                    assertThat(ex.platformMessage()).isEqualTo("token endpoint");
                });
        moodleSite.verify(4, postRequestedFor(urlPathEqualTo(TOKEN)));
        moodleSite.verify(0, postRequestedFor(urlPathEqualTo(SCORES)));
    }

    @Test
    void tokenEndpoint429WaitsItsRetryAfterWithoutCountingAFailure() {
        tokenEndpointAnswers(aResponse().withStatus(429).withHeader("Retry-After", "3"));

        assertThat(publishScore(TestPlatforms.moodle(moodleSite.baseUrl(), 76)).status()).isEqualTo(200);

        assertThat(clients.waits()).containsExactly(Duration.ofSeconds(3));
        assertThat(clients.guards().breaker(76).getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void tokenEndpoint429IsPlatformRateLimitedWithItsRetryAfter() {
        moodleSite.stubFor(post(urlPathEqualTo(TOKEN)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        assertThatThrownBy(() -> publishScore(TestPlatforms.moodle(moodleSite.baseUrl(), 77)))
                .isInstanceOfSatisfying(PlatformUnavailableException.class, ex -> {
                    assertThat(ex.code()).isEqualTo(PlatformUnavailableException.RATE_LIMITED);
                    assertThat(ex.status()).isEqualTo(429);
                    assertThat(ex.retryAfter()).contains(Duration.ofHours(1));
                });
        moodleSite.verify(1, postRequestedFor(urlPathEqualTo(TOKEN)));
        assertThat(clients.waits()).isEmpty();
    }

    @Test
    void invalidClientIsServiceTokenRejectedAskedOnce() {
        moodleSite.stubFor(post(urlPathEqualTo(TOKEN)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(stubs.fixture("moodle/token-invalid-client.json"))));

        assertThatThrownBy(() -> publishScore(TestPlatforms.moodle(moodleSite.baseUrl(), 78)))
                .isInstanceOfSatisfying(ServiceTokenException.class, ex -> {
                    assertThat(ex.code()).isEqualTo(ServiceTokenException.REJECTED);
                    assertThat(ex.platformMessage()).isEqualTo("invalid_client");
                });
        moodleSite.verify(1, anyRequestedFor(urlPathEqualTo(TOKEN)));
        moodleSite.verify(0, postRequestedFor(urlPathEqualTo(SCORES)));
        assertThat(clients.waits()).isEmpty();
        assertThat(clients.guards().breaker(78).getMetrics().getNumberOfFailedCalls()).isZero();
    }

    private PlatformResponse publishScore(PlatformServices moodle) {
        return clients.http().exchange(moodle, new PlatformRequest(HttpMethod.POST,
                URI.create(moodleSite.baseUrl() + SCORES + "?type_id=1"), Set.of(TestPlatforms.SCORE), null,
                "application/vnd.ims.lis.v1.score+json", "{}".getBytes()));
    }

    /** The token endpoint answers {@code first} once, then a token. */
    private void tokenEndpointAnswers(ResponseDefinitionBuilder first) {
        moodleSite.stubFor(post(urlPathEqualTo(TOKEN)).inScenario("token").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("up"));
        moodleSite.stubFor(post(urlPathEqualTo(TOKEN)).inScenario("token").whenScenarioStateIs("up").willReturn(token()));
    }

    private ResponseDefinitionBuilder token() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(stubs.fixture("moodle/token.json"));
    }

    private static PlatformServices withTokenUrl(PlatformServices services, URI tokenUrl) {
        return new PlatformServices(services.registrationId(), services.clientId(), tokenUrl, services.tokenAudience(),
                services.lineItemsUrl(), services.agsScopes(), services.membershipsUrl());
    }

    /** A local port nothing listens on: bound, then released. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
