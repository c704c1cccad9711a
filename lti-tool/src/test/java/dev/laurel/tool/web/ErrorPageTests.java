package dev.laurel.tool.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.ToolTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@ToolTest
@Import(ErrorPageTests.FailingController.class)
class ErrorPageTests {

    @LocalServerPort
    int port;

    @Test
    void unexpectedFailureShowsAReadablePageAndNoStackTrace() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/test-only/fail"))
                        .header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Something went wrong").contains("Nothing you entered has been lost")
                .doesNotContain("IllegalStateException").doesNotContain("secret detail").doesNotContain("at dev.laurel");
    }

    @TestConfiguration
    @RestController
    static class FailingController {

        @GetMapping("/test-only/fail")
        String fail() {
            throw new IllegalStateException("secret detail");
        }
    }
}
