package dev.laurel.tool.launch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A scripted browser for end-to-end launches over real HTTP: one cookie jar per host (the sandbox on
 * 127.0.0.1, the tool on localhost), no redirects followed, the LMS frame, login, authorization and
 * form_post steps done as a browser would (without running the platform-storage script).
 */
public final class LmsBrowser {

    private static final Pattern FRAME_SRC = Pattern.compile("id=\"lti-tool-frame\"[^>]*?src=\"([^\"]+)\"");
    private static final Pattern AUTHORIZATION_URL = Pattern.compile("data-authorization-url=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Map<String, String>> cookies = new HashMap<>();

    /** What a full launch from the LMS page ended on. */
    public record Launch(HttpResponse<String> launchResponse, HttpResponse<String> landing) {
    }

    /** Opens the LMS launch page, follows the frame through login, authorization and form_post. */
    public Launch launch(String lmsPage) {
        return launchFromLogin(unescape(find(FRAME_SRC, get(lmsPage).body(), "LMS frame")));
    }

    /** Follows a login initiation URL (what the LMS frame opens) through authorization and form_post. */
    public Launch launchFromLogin(String frameSrc) {
        HttpResponse<String> login = get(frameSrc);
        String authorization = login.statusCode() == 302 ? login.headers().firstValue("Location").orElseThrow()
                : unescape(find(AUTHORIZATION_URL, login.body(), "authorization URL"));
        String formPost = get(authorization).body();
        String action = unescape(find(FORM_ACTION, formPost, "form_post action"));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(formPost);
        while (hidden.find()) {
            fields.put(hidden.group(1), unescape(hidden.group(2)));
        }
        HttpResponse<String> launch = post(action, fields);
        String location = launch.headers().firstValue("Location").orElse(null);
        HttpResponse<String> landing = location == null ? null : get(URI.create(action).resolve(location).toString());
        return new Launch(launch, landing);
    }

    public HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), URI.create(url));
    }

    public HttpResponse<String> post(String url, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(ToolBrowser.form(fields))), URI.create(url));
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
            throw new java.io.UncheckedIOException("request to " + uri + " failed", ex);
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

    public static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
