package dev.laurel.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A scripted browser over real HTTP: one cookie jar per host (sandbox on 127.0.0.1, tool on localhost; Java's
 * cookie handler would drop the tool's {@code Secure} cookies over http://localhost, a browser does not), no
 * redirects followed; a launch walks the LMS frame, login, authorization and form_post as a browser does.
 */
final class LmsSession {

    private static final Pattern FRAME_SRC = Pattern.compile("id=\"lti-tool-frame\"[^>]*?src=\"([^\"]+)\"");
    private static final Pattern AUTHORIZATION_URL = Pattern.compile("data-authorization-url=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Map<String, String>> cookies = new HashMap<>();

    /** Opens an LMS launch page and follows its frame into the tool; returns the tool page the launch lands on. */
    HttpResponse<String> launch(String lmsPage) {
        String frameSrc = unescape(find(FRAME_SRC, get(lmsPage).body(), "LMS frame"));
        HttpResponse<String> login = get(frameSrc);
        String authorization = login.statusCode() == 302 ? login.headers().firstValue("Location").orElseThrow()
                : unescape(find(AUTHORIZATION_URL, login.body(), "authorization URL"));
        String formPost = get(authorization).body();
        String action = unescape(find(FORM_ACTION, formPost, "form_post action"));
        HttpResponse<String> launch = post(action, hiddenFields(formPost));
        String location = launch.headers().firstValue("Location")
            .orElseThrow(() -> new IllegalStateException("launch answered " + launch.statusCode() + ": " + launch.body()));
        return get(URI.create(action).resolve(location).toString());
    }

    /** Follows the link of {@code page} (at {@code base}) whose href contains {@code pathPart}. */
    HttpResponse<String> follow(String base, HttpResponse<String> page, String pathPart) {
        return get(URI.create(base).resolve(link(page.body(), pathPart)).toString());
    }

    static String link(String html, String pathPart) {
        return unescape(find(Pattern.compile("href=\"([^\"]*" + Pattern.quote(pathPart) + "[^\"]*)\""), html,
                "link to " + pathPart));
    }

    static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(html);
        while (hidden.find()) {
            fields.put(hidden.group(1), unescape(hidden.group(2)));
        }
        return fields;
    }

    static String formAction(String html) {
        return unescape(find(FORM_ACTION, html, "form action"));
    }

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), URI.create(url));
    }

    HttpResponse<String> post(String url, Map<String, String> fields) {
        String form = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), URI.create(url));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, URI uri) {
        Map<String, String> jar = cookies.computeIfAbsent(uri.getHost(), host -> new LinkedHashMap<>());
        if (!jar.isEmpty()) {
            request.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.header("Accept", "text/html,application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                jar.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
            return response;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("request to " + uri + " failed", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static String find(Pattern pattern, String html, String what) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + what + " in the page: " + html);
        }
        return matcher.group(1);
    }

    static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
