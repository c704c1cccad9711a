package dev.laurel.tool.launch;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser's view of the tool for launch tests: its own cookie jar (Java's cookie handler would not send
 * {@code Secure} cookies over http://localhost, Chromium does), no redirects followed.
 */
final class ToolBrowser {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<String> setCookieHeaders = new java.util.ArrayList<>();

    ToolBrowser(int port) {
        this.base = "http://localhost:" + port;
    }

    String base() {
        return base;
    }

    /** A login initiation from {@code platform}; returns the redirect or page. */
    HttpResponse<String> login(TestPlatform platform, String targetLinkUri, Map<String, String> extra) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.registration.issuer());
        params.put("login_hint", "hint-42");
        params.put("target_link_uri", targetLinkUri);
        params.put("lti_message_hint", "message-hint-7");
        params.put("client_id", platform.registration.clientId());
        params.putAll(extra);
        return get("/lti/login?" + form(params));
    }

    /** The form_post of the platform to {@code /lti/launch}. */
    HttpResponse<String> launch(String idToken, String state) {
        Map<String, String> params = new LinkedHashMap<>();
        if (idToken != null) {
            params.put("id_token", idToken);
        }
        if (state != null) {
            params.put("state", state);
        }
        return post("/lti/launch", params);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> params) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(params))));
    }

    void forgetCookies() {
        cookies.clear();
    }

    void forget(String cookie) {
        cookies.remove(cookie);
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    List<String> setCookieHeaders() {
        return setCookieHeaders;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.header("Accept", "text/html,application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                setCookieHeaders.add(header);
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
            return response;
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    static String form(Map<String, String> params) {
        return params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** The query parameters of a redirect's {@code Location}. */
    static Map<String, String> query(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        String query = URI.create(location).getRawQuery();
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }
}
