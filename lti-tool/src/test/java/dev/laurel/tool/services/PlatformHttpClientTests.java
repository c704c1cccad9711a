package dev.laurel.tool.services;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpMethod;

class PlatformHttpClientTests {

    @RegisterExtension
    static WireMockExtension moodleSite = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension canvasSite = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));

    private TestServicesClients clients;

    private PlatformServices moodle;

    @BeforeEach
    void setUp() {
        clients = TestServicesClients.create(clock);
        new PlatformStubs(moodleSite.getRuntimeInfo().getWireMock(), moodleSite.baseUrl()).token("/mod/lti/token.php", "moodle/token.json");
        new PlatformStubs(canvasSite.getRuntimeInfo().getWireMock(), canvasSite.baseUrl()).token("/login/oauth2/token", "canvas/token.json");
        moodle = TestPlatforms.moodle(moodleSite.baseUrl(), 11);
    }

    @Test
    void tooManyRequestsWaitsAtLeastRetryAfterSecondsThenSucceeds() {
        sequence(moodleSite, "/ping", aResponse().withStatus(429).withHeader("Retry-After", "3"));

        assertThat(ping(moodle, moodleSite).status()).isEqualTo(200);

        assertThat(clients.waits()).containsExactly(Duration.ofSeconds(3));
        moodleSite.verify(2, getRequestedFor(urlPathEqualTo("/ping")));
    }

    @Test
    void retryAfterAsHttpDateIsReadAgainstTheClock() {
        String in7Seconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().plusSeconds(7).atOffset(ZoneOffset.UTC));
        sequence(moodleSite, "/ping", aResponse().withStatus(429).withHeader("Retry-After", in7Seconds));

        ping(moodle, moodleSite);

        assertThat(clients.waits()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterBeyondTheLimitFailsRateLimited() {
        moodleSite.stubFor(get(urlPathEqualTo("/ping")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        assertThatThrownBy(() -> ping(moodle, moodleSite)).isInstanceOfSatisfying(PlatformUnavailableException.class,
                ex -> assertThat(ex.code()).isEqualTo(PlatformUnavailableException.RATE_LIMITED));
        assertThat(clients.waits()).isEmpty();
    }

    @Test
    void serverErrorsAndResetConnectionsAreRetriedWithBackoff() {
        moodleSite.stubFor(post(urlPathEqualTo("/scores")).inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("reset"));
        moodleSite.stubFor(post(urlPathEqualTo("/scores")).inScenario("outage").whenScenarioStateIs("reset")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("up"));
        moodleSite.stubFor(post(urlPathEqualTo("/scores")).inScenario("outage").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));

        PlatformResponse response = clients.http().exchange(moodle, new PlatformRequest(HttpMethod.POST,
                URI.create(moodleSite.baseUrl() + "/scores"), java.util.Set.of(TestPlatforms.SCORE), null,
                "application/vnd.ims.lis.v1.score+json", "{}".getBytes()));

        assertThat(response.status()).isEqualTo(200);
        moodleSite.verify(3, postRequestedFor(urlPathEqualTo("/scores")));
        assertThat(clients.waits()).hasSize(2);
        // Spring's ExponentialBackOff: 10 ms then 20 ms, jitter scaled with the interval, never under the first
        assertThat(clients.waits().get(0)).isBetween(Duration.ofMillis(10), Duration.ofMillis(15));
        assertThat(clients.waits().get(1)).isBetween(Duration.ofMillis(10), Duration.ofMillis(30));
    }

    @Test
    void retriesExhaustedFailWithPlatformUnavailable() {
        moodleSite.stubFor(get(urlPathEqualTo("/ping")).willReturn(aResponse().withStatus(502)));

        assertThatThrownBy(() -> ping(moodle, moodleSite)).isInstanceOfSatisfying(PlatformUnavailableException.class, ex -> {
            assertThat(ex.code()).isEqualTo(PlatformUnavailableException.UNAVAILABLE);
            assertThat(ex.status()).isEqualTo(502);
        });
        moodleSite.verify(4, getRequestedFor(urlPathEqualTo("/ping")));
    }

    @Test
    void canvas422SurfacesCanvasMessage() {
        PlatformServices canvas = TestPlatforms.canvas(canvasSite.baseUrl(), 12);
        canvasSite.stubFor(get(urlPathEqualTo("/ping")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json")
                .withBody(new PlatformStubs(null, canvasSite.baseUrl()).fixture("canvas/score-422.json"))));

        assertThatThrownBy(() -> ping(canvas, canvasSite)).isInstanceOfSatisfying(PlatformRejectedRequestException.class, ex -> {
            assertThat(ex.code()).isEqualTo(PlatformRejectedRequestException.CODE);
            assertThat(ex.status()).isEqualTo(422);
            assertThat(ex.platformMessage()).isEqualTo("ScoreMaximum must be greater than or equal to 0");
            assertThat(ex.getMessage()).isEqualTo("platform_rejected_request (registration 12, HTTP 422): "
                    + "ScoreMaximum must be greater than or equal to 0");
        });
        canvasSite.verify(1, getRequestedFor(urlPathEqualTo("/ping")));
    }

    @Test
    void moodleErrorBodySurfacesMoodleReason() {
        moodleSite.stubFor(get(urlPathEqualTo("/ping")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody(new PlatformStubs(null, moodleSite.baseUrl()).fixture("moodle/score-400.json"))));

        assertThatThrownBy(() -> ping(moodle, moodleSite)).isInstanceOfSatisfying(PlatformRejectedRequestException.class, ex -> {
            assertThat(ex.code()).isEqualTo(PlatformRejectedRequestException.CODE);
            assertThat(ex.platformMessage()).isEqualTo("Incorrect score received");
        });
    }

    @Test
    void circuitBreakerOpensForTheFailingPlatformWhileAnotherKeepsWorking() {
        PlatformServices canvas = TestPlatforms.canvas(canvasSite.baseUrl(), 13);
        moodleSite.stubFor(get(urlPathEqualTo("/ping")).willReturn(aResponse().withStatus(503)));
        canvasSite.stubFor(get(urlPathEqualTo("/ping")).willReturn(okJson("[]")));

        assertThatThrownBy(() -> ping(moodle, moodleSite)).isInstanceOfSatisfying(PlatformUnavailableException.class,
                ex -> assertThat(ex.code()).isEqualTo(PlatformUnavailableException.UNAVAILABLE));
        assertThatThrownBy(() -> ping(moodle, moodleSite)).isInstanceOfSatisfying(PlatformUnavailableException.class,
                ex -> assertThat(ex.code()).isEqualTo(PlatformUnavailableException.CIRCUIT_OPEN));
        int requestsWhenOpened = moodleSite.findAll(getRequestedFor(urlPathEqualTo("/ping"))).size();
        assertThatThrownBy(() -> ping(moodle, moodleSite)).isInstanceOfSatisfying(PlatformUnavailableException.class,
                ex -> assertThat(ex.code()).isEqualTo(PlatformUnavailableException.CIRCUIT_OPEN));

        assertThat(moodleSite.findAll(getRequestedFor(urlPathEqualTo("/ping")))).hasSize(requestsWhenOpened);
        for (int i = 0; i < 10; i++) {
            assertThat(ping(canvas, canvasSite).status()).isEqualTo(200);
        }
        assertThat(clients.guards().breaker(13).getState().name()).isEqualTo("CLOSED");
        assertThat(clients.guards().breaker(11).getState().name()).isEqualTo("OPEN");
    }

    private PlatformResponse ping(PlatformServices services, WireMockExtension site) {
        return clients.http().exchange(services, new PlatformRequest(HttpMethod.GET, URI.create(site.baseUrl() + "/ping"),
                java.util.Set.of(TestPlatforms.LINE_ITEM), "application/json", null, null));
    }

    private static void sequence(WireMockExtension site, String path,
            com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first) {
        site.stubFor(get(urlPathEqualTo(path)).inScenario("seq").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("ok"));
        site.stubFor(get(urlPathEqualTo(path)).inScenario("seq").whenScenarioStateIs("ok").willReturn(okJson("[]")));
    }
}
