package dev.laurel.tool.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.ToolTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@ToolTest
@TestPropertySource(properties = {"laurel.sandbox.enabled=true", "laurel.sandbox.url=http://127.0.0.1:18081"})
class PublicPagesTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void homePageOffersTheThreeSandboxLaunches() throws Exception {
        HttpResponse<String> response = get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("href=\"http://127.0.0.1:18081/launch/instructor\"")
                .contains("href=\"http://127.0.0.1:18081/launch/learner\"")
                .contains("href=\"http://127.0.0.1:18081/launch/admin\"");
    }

    @Test
    void everyPageFooterShowsTheBuild() throws Exception {
        assertThat(get("/").body()).containsPattern("Laurel [0-9][^<]* · built [0-9-]+ [0-9:]+ UTC");
    }

    @Test
    void unknownPathGetsAFriendly404WithoutInternals() throws Exception {
        HttpResponse<String> response = get("/no/such/page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("We could not find that page").contains("/no/such/page")
                .doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> response = get("/actuator/health", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void infoShowsTheBuild() throws Exception {
        assertThat(get("/actuator/info", "application/json").body()).contains("\"build\"").contains("\"artifact\":\"lti-tool\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, "text/html");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
