package dev.laurel.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpServer;
import dev.laurel.sandbox.registration.ToolRegistrations;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * At first start the sandbox registers the tool by itself. A small HTTP server plays the tool's
 * {@code /lti/register}: it refuses until the test lets it answer, then fetches the platform configuration
 * and posts its registration, as Laurel does.
 */
@SandboxTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ToolAutoRegistrationTests {

    static final AtomicBoolean toolReady = new AtomicBoolean(false);
    static final AtomicInteger attempts = new AtomicInteger();
    static final HttpServer fakeTool = startFakeTool();

    @LocalServerPort
    int port;

    @Autowired
    ToolRegistrations registrations;

    @DynamicPropertySource
    static void toolUrl(DynamicPropertyRegistry registry) {
        registry.add("sandbox.tool-url", () -> "http://localhost:" + fakeTool.getAddress().getPort());
        registry.add("sandbox.auto-register", () -> "true");
    }

    @AfterAll
    static void stopFakeTool() {
        fakeTool.stop(0);
    }

    @Test
    @Order(1)
    void launchPageSaysSoWhileNoToolIsRegistered() {
        SandboxHttp sandbox = new SandboxHttp(port);

        assertThat(sandbox.get("/launch/instructor").body()).contains("Laurel is not registered yet").doesNotContain("<iframe");
        assertThat(sandbox.get("/").body()).contains("No tool is registered with this LMS yet");
    }

    @Test
    @Order(2)
    void registersTheToolOnceItAnswersRetryingMeanwhile() {
        await().atMost(Duration.ofSeconds(15)).until(() -> attempts.get() >= 1);
        toolReady.set(true);

        await().atMost(Duration.ofSeconds(60)).until(registrations::any);

        assertThat(attempts.get()).isGreaterThanOrEqualTo(2);
        assertThat(registrations.current()).hasValueSatisfying(tool -> assertThat(tool.clientName()).isEqualTo("Fake Laurel"));
        assertThat(new SandboxHttp(port).get("/launch/instructor").body()).contains("id=\"lti-tool-frame\"");
    }

    private static HttpServer startFakeTool() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/lti/register", exchange -> {
                attempts.incrementAndGet();
                int status = toolReady.get() ? register(exchange.getRequestURI(), server.getAddress().getPort()) : 503;
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What Laurel's /lti/register does: read the platform configuration, post the registration. */
    private static int register(URI request, int port) {
        try {
            Map<String, String> params = SandboxHttp.query(request.toString());
            HttpClient http = HttpClient.newHttpClient();
            Map<String, Object> configuration = JSONObjectUtils.parse(http.send(HttpRequest.newBuilder(
                    URI.create(params.get("openid_configuration"))).build(), HttpResponse.BodyHandlers.ofString()).body());
            String origin = "http://localhost:" + port;
            String body = """
                    {"application_type":"web","response_types":["id_token"],"grant_types":["implicit","client_credentials"],
                     "initiate_login_uri":"%1$s/lti/login","redirect_uris":["%1$s/lti/launch"],"client_name":"Fake Laurel",
                     "jwks_uri":"%1$s/jwks","token_endpoint_auth_method":"private_key_jwt","scope":"",
                     "https://purl.imsglobal.org/spec/lti-tool-configuration":{"domain":"localhost:%2$d",
                       "target_link_uri":"%1$s/lti/launch","messages":[{"type":"LtiResourceLinkRequest"}]}}"""
                    .formatted(origin, port);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create((String) configuration.get("registration_endpoint")))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + params.get("registration_token"))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? 200 : 500;
        } catch (Exception e) {
            return 500;
        }
    }
}
