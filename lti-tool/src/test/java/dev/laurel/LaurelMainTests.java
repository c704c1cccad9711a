package dev.laurel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.TestDatabase;
import dev.laurel.tool.registration.PlatformRegistration;
import dev.laurel.tool.registration.PlatformRegistrations;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's run command in one JVM: the tool on localhost, the sandbox LMS on 127.0.0.1, meeting over HTTP. */
@DatabaseTest
class LaurelMainTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsToolAndSandboxOnTheirOwnOriginsAndTheSandboxRegistersTheToolByDynamicRegistration() throws Exception {
        int toolPort = freePort();
        int sandboxPort = freePort();
        List<String> args = new ArrayList<>(List.of("--server.port=" + toolPort,
                "--laurel.public-url=http://localhost:" + toolPort,
                "--laurel.sandbox.enabled=true",
                "--laurel.sandbox.url=http://127.0.0.1:" + sandboxPort,
                "--sandbox.datasource-url=jdbc:h2:mem:sandbox-main-" + sandboxPort + ";DB_CLOSE_DELAY=-1"));
        TestDatabase.toolProperties().forEach((name, value) -> args.add("--" + name + "=" + value));

        LaurelMain.Started started = LaurelMain.start(args.toArray(String[]::new));
        try {
            assertThat(get("http://localhost:" + toolPort + "/actuator/health").body()).contains("\"status\":\"UP\"");
            assertThat(get("http://localhost:" + toolPort + "/").body())
                    .contains("href=\"http://127.0.0.1:" + sandboxPort + "/launch/instructor\"");

            PlatformRegistrations registrations = started.tool().getBean(PlatformRegistrations.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> registrations.findAll().stream()
                    .map(PlatformRegistration::issuer).anyMatch(("http://127.0.0.1:" + sandboxPort)::equals));
            assertThat(get("http://127.0.0.1:" + sandboxPort + "/launch/instructor").body())
                    .contains("http://localhost:" + toolPort + "/lti/login");
        }
        finally {
            started.close();
        }
    }

    @Test
    void sandboxListensWhereTheToolSendsVisitorsAndTakesOnlySandboxArguments() {
        String[] sandboxArgs = LaurelMain.sandboxArgs(URI.create("http://127.0.0.1:18181"),
                "--server.port=9090", "--sandbox.auto-register=false", "--spring.datasource.url=jdbc:h2:mem:x");

        assertThat(sandboxArgs).containsExactly("--server.port=18181", "--server.address=127.0.0.1",
                "--sandbox.auto-register=false");
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html,application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
