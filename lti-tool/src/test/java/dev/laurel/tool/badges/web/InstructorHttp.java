package dev.laurel.tool.badges.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser of one launched user over real HTTP: the session cookie in cookie mode, the session token in every
 * link in cookieless mode (as Laurel's pages do); no redirects followed. Forms are sent as url-encoded or multipart
 * bodies built from name/value pairs.
 */
final class InstructorHttp {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"lti_session\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final TestInstructors.Launched user;

    InstructorHttp(int port, TestInstructors.Launched user) {
        this.base = "http://localhost:" + port;
        this.user = user;
    }

    /** A name/value pair of a form. */
    record Field(String name, String value) {
    }

    /** A file of a multipart form. */
    record Upload(String name, String fileName, String contentType, byte[] content) {
    }

    static Field field(String name, String value) {
        return new Field(name, value);
    }

    /** The tool's address, for headers that name a page of it (a {@code Referer}). */
    String url(String path) {
        return base + path;
    }

    HttpResponse<String> get(String path) {
        String url = base + path;
        if (user.cookieless()) {
            url += (path.contains("?") ? "&" : "?") + "lti_session=" + encode(user.token());
        }
        return send(request(url).GET().build());
    }

    HttpResponse<byte[]> bytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** The form token of a page Laurel served (its hidden {@code lti_session} field). */
    static String formToken(HttpResponse<String> page) {
        Matcher matcher = FORM_TOKEN.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no form token in " + page.body());
        }
        return matcher.group(1);
    }

    /** A url-encoded POST of {@code fields} (the caller adds {@code lti_session} when the form should carry it). */
    HttpResponse<String> post(String path, List<Field> fields) {
        String body = fields.stream().map(f -> encode(f.name()) + "=" + encode(f.value())).collect(Collectors.joining("&"));
        return send(request(base + path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> post(String path, Map<String, String> fields) {
        return post(path, fields.entrySet().stream().map(e -> field(e.getKey(), e.getValue())).toList());
    }

    /** A multipart POST of {@code fields} and {@code uploads}. */
    HttpResponse<String> multipart(String path, List<Field> fields, List<Upload> uploads) {
        return multipart(path, fields, uploads, Map.of());
    }

    /** A multipart POST of {@code fields} and {@code uploads} with extra request headers (a {@code Referer}, say). */
    HttpResponse<String> multipart(String path, List<Field> fields, List<Upload> uploads, Map<String, String> headers) {
        String boundary = "----laurel" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Field f : fields) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.name() + "\"\r\n\r\n");
            write(body, f.value() + "\r\n");
        }
        for (Upload upload : uploads) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + upload.name() + "\"; filename=\""
                    + upload.fileName() + "\"\r\nContent-Type: " + upload.contentType() + "\r\n\r\n");
            body.writeBytes(upload.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        HttpRequest.Builder request = request(base + path).header("Content-Type", "multipart/form-data; boundary=" + boundary);
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** The path and query of a 303's {@code Location}, resolved against the tool. */
    static String location(HttpResponse<String> redirect) {
        URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    static List<Field> fields(Object... namesAndValues) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(field((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1])));
        }
        return fields;
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html");
        if (!user.cookieless()) {
            request.header("Cookie", "LAUREL_LTI_SESSION=" + user.sessionId());
        }
        return request;
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

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
