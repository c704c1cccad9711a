package dev.laurel.tool.badges.issuance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Plain HTTP to the tool for the instructor-page tests: no redirects followed, the session token as a parameter. */
public final class ToolHttp {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public ToolHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path, String token) {
        String separator = path.contains("?") ? "&" : "?";
        return send(HttpRequest.newBuilder(URI.create(base + path + separator + "lti_session=" + encode(token)))
            .header("Accept", "text/html").GET().build());
    }

    /** A form POST; {@code fields} are name, value pairs. The session travels in the header, the form token in the body. */
    public HttpResponse<String> post(String path, String sessionToken, String... fields) {
        String body = Stream.iterate(0, i -> i < fields.length, i -> i + 2)
            .map(i -> encode(fields[i]) + "=" + encode(fields[i + 1])).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("X-Laurel-Session", sessionToken)
            .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
