package dev.laurel.tool.registration.web;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.registration.PlatformRegistrations;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** With private addresses disallowed (production), an anonymous registration request cannot make Laurel call its own network. */
@ToolTest
@TestPropertySource(properties = "laurel.registration.allow-private-addresses=false")
class DynamicRegistrationAddressPolicyTests {

    @LocalServerPort
    int port;

    @Autowired
    PlatformRegistrations registrations;

    private static WireMockServer internal;

    @BeforeAll
    static void startInternalService() {
        internal = new WireMockServer(options().dynamicPort());
        internal.start();
    }

    @AfterAll
    static void stopInternalService() {
        internal.stop();
    }

    @Test
    void rejectsOpenIdConfigurationOnALoopbackAddressWithoutCallingIt() throws Exception {
        String target = "http://127.0.0.1:" + internal.port() + "/mod/lti/openid-configuration.php";
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + port + "/lti/register?openid_configuration=" + URLEncoder.encode(target, StandardCharsets.UTF_8)
                + "&registration_token=t")).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("platform_address_not_public").doesNotContain("at org.");
        assertThat(internal.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        assertThat(registrations.findByIssuer("http://127.0.0.1:" + internal.port())).isEmpty();
    }
}
