package dev.laurel.tool.credentials.wallet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Plain HTTP to the tool for the learner-badge tests: no redirects followed, the session token as a parameter. */
final class WalletHttp {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    WalletHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    String base() {
        return base;
    }

    HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path, token)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path, token)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("lti_session=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> verify(String credential) {
        return send(HttpRequest.newBuilder(URI.create(base + "/verify")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(credential)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path, String token) {
        String separator = path.contains("?") ? "&" : "?";
        return URI.create(base + path + (token == null ? "" : separator + "lti_session=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
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
