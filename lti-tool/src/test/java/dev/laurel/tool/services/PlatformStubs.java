package dev.laurel.tool.services;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * WireMock stubs shaped like Moodle's and Canvas's service answers: token endpoints, and paged containers
 * (line items, results, members) linked by {@code Link: <...&page=n>; rel="next"}.
 */
public final class PlatformStubs {

    private final WireMock wireMock;

    private final String baseUrl;

    public PlatformStubs(WireMock wireMock, String baseUrl) {
        this.wireMock = wireMock;
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** A JSON fixture from {@code src/test/resources/fixtures}, {@code {{base}}} replaced by the WireMock URL. */
    public String fixture(String name) {
        try (InputStream in = PlatformStubs.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", baseUrl).strip();
        }
        catch (IOException | NullPointerException ex) {
            throw new UncheckedIOException(new IOException("fixture " + name, ex));
        }
    }

    /** The token endpoint at {@code path} answering with {@code fixture}. */
    public void token(String path, String fixture) {
        wireMock.register(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(fixture(fixture))));
    }

    /**
     * {@code pages} pages at {@code path} (query {@code query}, e.g. {@code type_id=1&limit=100}); page n's body
     * is the JSON array (or container) {@code body.apply(n)}, and each page but the last links the next.
     */
    public void pages(String path, String query, int pages, String mediaType, IntFunction<String> body) {
        for (int page = 1; page <= pages; page++) {
            MappingBuilder request = get(urlPathEqualTo(path))
                    .withQueryParam("page", page == 1 ? absent() : equalTo(String.valueOf(page)));
            ResponseDefinitionBuilder response = aResponse().withStatus(200).withHeader("Content-Type", mediaType)
                    .withBody(body.apply(page));
            if (page < pages) {
                String next = baseUrl + path + "?" + (query.isEmpty() ? "" : query + "&") + "page=" + (page + 1);
                response.withHeader("Link", "<" + next + ">; rel=\"next\"");
            }
            wireMock.register(request.willReturn(response));
        }
    }

    /** A JSON array of {@code count} items numbered from {@code first}. */
    public static String array(int first, int count, IntFunction<String> item) {
        return IntStream.range(first, first + count).mapToObj(item).collect(Collectors.joining(",", "[", "]"));
    }

    /** A Moodle result object: numeric user ids, {@code id} under the line item's results with {@code type_id}. */
    public String moodleResult(String lineItemPath, int user) {
        return """
                {"id":"%s%s/results?type_id=1&user_id=%d","userId":"%d","resultScore":%d,"resultMaximum":10,\
                "scoreOf":"%s%s?type_id=1","timestamp":"2026-11-20T10:15:30+00:00"}"""
                .formatted(baseUrl, lineItemPath, user, user, user % 11, baseUrl, lineItemPath);
    }

    /** A Canvas result object: opaque user ids, numeric result ids. */
    public String canvasResult(String lineItemPath, int user) {
        return """
                {"id":"%s%s/results/%d","scoreOf":"%s%s","userId":"canvas-user-%d","resultScore":%d.0,\
                "resultMaximum":50.0,"comment":"Well argued"}"""
                .formatted(baseUrl, lineItemPath, user, baseUrl, lineItemPath, user, user % 51);
    }

    /** A Moodle NRPS member: short role names. */
    public static String moodleMember(int user) {
        return """
                {"user_id":"%d","roles":["%s"],"status":"Active","name":"Learner %d","given_name":"Learner",\
                "family_name":"%d","email":"learner%d@moodle.example"}"""
                .formatted(user, user == 1 ? "Instructor" : "Learner", user, user, user);
    }

    /** A Canvas NRPS member: full role URIs, opaque ids. */
    public static String canvasMember(int user) {
        return """
                {"status":"Active","name":"Student %d","picture":"https://canvas.example/images/%d.png",\
                "given_name":"Student","family_name":"%d","email":"s%d@canvas.example","lis_person_sourcedid":"sis-%d",\
                "user_id":"canvas-user-%d","roles":["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"]}"""
                .formatted(user, user, user, user, user, user);
    }

    /** An NRPS membership container with {@code members}. */
    public static String membershipContainer(String id, String members) {
        return """
                {"id":"%s","context":{"id":"course-42","label":"BIO101","title":"Biology"},"members":%s}"""
                .formatted(id, members);
    }

    /** The numbers 1..n split into pages of {@code size}: page p holds {@code (p-1)*size+1 ..}. */
    public static List<int[]> split(int n, int size) {
        List<int[]> pages = new ArrayList<>();
        for (int first = 1; first <= n; first += size) {
            pages.add(new int[] {first, Math.min(size, n - first + 1)});
        }
        return pages;
    }
}
