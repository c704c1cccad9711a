package dev.laurel.sandbox;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Plain HTTP to the sandbox, as a tool or a browser would speak it. */
public final class SandboxHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public SandboxHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public String base() {
        return base;
    }

    public String url(String pathOrUrl) {
        return pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
    }

    public HttpResponse<String> get(String pathOrUrl, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url(pathOrUrl))).GET(), headers);
    }

    public HttpResponse<String> delete(String pathOrUrl, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url(pathOrUrl))).DELETE(), headers);
    }

    public HttpResponse<String> postForm(String pathOrUrl, Map<String, String> form) {
        return send(HttpRequest.newBuilder(URI.create(url(pathOrUrl))).POST(HttpRequest.BodyPublishers.ofString(encode(form))),
                "Content-Type", "application/x-www-form-urlencoded");
    }

    public HttpResponse<String> postJson(String pathOrUrl, String contentType, Object json, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url(pathOrUrl))).POST(body(json)).header("Content-Type", contentType), headers);
    }

    public HttpResponse<String> putJson(String pathOrUrl, String contentType, Object json, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url(pathOrUrl))).PUT(body(json)).header("Content-Type", contentType), headers);
    }

    @SuppressWarnings("unchecked")
    private static HttpRequest.BodyPublisher body(Object json) {
        String text = json instanceof String s ? s : JSONObjectUtils.toJSONString((Map<String, ?>) json);
        return HttpRequest.BodyPublishers.ofString(text);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> json(HttpResponse<String> response) {
        try {
            return JSONObjectUtils.parse(response.body());
        } catch (Exception e) {
            throw new IllegalStateException("not a JSON object: " + response.body(), e);
        }
    }

    public static List<Object> jsonArray(HttpResponse<String> response) {
        try {
            return JSONArrayUtils.parse(response.body());
        } catch (Exception e) {
            throw new IllegalStateException("not a JSON array: " + response.body(), e);
        }
    }

    /** The hidden fields of the auto-submitting form a page answers with. */
    public static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher matcher = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"").matcher(html);
        while (matcher.find()) {
            fields.put(unescape(matcher.group(1)), unescape(matcher.group(2)));
        }
        return fields;
    }

    /** The form's action URL. */
    public static String formAction(String html) {
        Matcher matcher = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\"").matcher(html);
        return matcher.find() ? unescape(matcher.group(1)) : null;
    }

    /** The {@code src} of the tool frame of a launch page. */
    public static String frameSource(String html) {
        Matcher matcher = Pattern.compile("<iframe[^>]*id=\"lti-tool-frame\"[^>]*src=\"([^\"]*)\"").matcher(html);
        return matcher.find() ? unescape(matcher.group(1)) : null;
    }

    /** The query parameters of a URL, decoded. */
    public static Map<String, String> query(String url) {
        String query = URI.create(url).getRawQuery();
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    /** The URL of a {@code Link} header's relation, or {@code null}. */
    public static String link(HttpResponse<String> response, String rel) {
        for (String header : response.headers().allValues("Link")) {
            for (String part : header.split(",\\s*(?=<)")) {
                Matcher matcher = Pattern.compile("<([^>]*)>;\\s*rel=\"([^\"]*)\"").matcher(part.trim());
                if (matcher.find() && matcher.group(2).equals(rel)) {
                    return matcher.group(1);
                }
            }
        }
        return null;
    }

    public static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }
}
