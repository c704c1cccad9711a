package dev.laurel.tool.ags;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.laurel.testsupport.RebindingDnsResolver;
import dev.laurel.tool.registration.PlatformAddressPolicy;
import dev.laurel.tool.registration.PlatformConnections;
import dev.laurel.tool.services.MutableClock;
import dev.laurel.tool.services.PlatformServiceException;
import dev.laurel.tool.services.PlatformServices;
import dev.laurel.tool.services.PlatformStubs;
import dev.laurel.tool.services.TestPlatforms;
import dev.laurel.tool.services.TestServicesClients;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Service calls connect only to addresses the platform address policy allows, checked at the connection. */
class AgsAddressPolicyTests {

    private static final String LINE_ITEM = "/mod/lti/services.php/2/lineitems/7/lineitem";

    @RegisterExtension
    static WireMockExtension platform = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));

    @Test
    void refusesScoreToAPlatformWhoseHostRebindsToLoopbackAfterRegistration() throws Exception {
        RebindingDnsResolver dns = new RebindingDnsResolver("93.184.216.34", "127.0.0.1");
        PlatformAddressPolicy policy = new PlatformAddressPolicy(false, dns);
        // the registration-time check sees the public answer
        assertThat(policy.resolve("lms.example.edu")[0].getHostAddress()).isEqualTo("93.184.216.34");
        TestServicesClients clients = TestServicesClients.create(clock, TestServicesClients.fastProperties(),
                new PlatformConnections(policy));
        AgsScoreClient scores = new AgsScoreClient(clients.http(), TestServicesClients.JSON);
        PlatformServices moodle = TestPlatforms.moodle("http://lms.example.edu:" + platform.getPort(), 61);
        stubPlatform();

        assertThatThrownBy(() -> scores.publish(moodle, lineItem(), Score.graded("5", 8, 10, clock.instant())))
            .isInstanceOfSatisfying(PlatformServiceException.class, ex -> {
                assertThat(ex.code()).isEqualTo("platform_address_not_public");
                assertThat(ex.platformMessage()).contains("lms.example.edu", "127.0.0.1");
            });
        assertThat(platform.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        assertThat(clients.waits()).isEmpty();
        assertThat(clients.guards().breaker(61).getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void publishesScoreToTheAddressThePolicyResolvedWhenPrivateAddressesAreAllowed() {
        PlatformAddressPolicy policy = new PlatformAddressPolicy(true, RebindingDnsResolver.constant("127.0.0.1"));
        TestServicesClients clients = TestServicesClients.create(clock, TestServicesClients.fastProperties(),
                new PlatformConnections(policy));
        AgsScoreClient scores = new AgsScoreClient(clients.http(), TestServicesClients.JSON);
        PlatformServices moodle = TestPlatforms.moodle("http://lms.example.edu:" + platform.getPort(), 62);
        stubPlatform();

        scores.publish(moodle, lineItem(), Score.graded("5", 8, 10, clock.instant()));

        platform.verify(1, postRequestedFor(urlPathEqualTo("/mod/lti/token.php")));
        platform.verify(1, postRequestedFor(urlPathEqualTo(LINE_ITEM + "/scores")));
    }

    private void stubPlatform() {
        new PlatformStubs(platform.getRuntimeInfo().getWireMock(), platform.baseUrl())
            .token("/mod/lti/token.php", "moodle/token.json");
        platform.stubFor(post(urlPathEqualTo(LINE_ITEM + "/scores")).willReturn(aResponse().withStatus(200)));
    }

    private static URI lineItem() {
        return URI.create("http://lms.example.edu:" + platform.getPort() + LINE_ITEM + "?type_id=1");
    }
}
