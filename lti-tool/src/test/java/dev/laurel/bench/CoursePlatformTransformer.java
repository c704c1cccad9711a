package dev.laurel.bench;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Answers a Canvas-shaped course of {@code learners} learners and {@code lineItems} line items page by page
 * ({@code ?page=n}, {@code limit} per page), building each page's body on its first request instead of holding a
 * stub per page; counts the requests it answers (admin API {@code GET /__admin/course-platform/requests}, reset by
 * {@code DELETE}).
 */
final class CoursePlatformTransformer implements ResponseDefinitionTransformerV2, AdminApiExtension {

    static final String NAME = "course-platform";

    static final String COURSE = "/api/lti/courses/1";

    static final String TOKEN = "/login/oauth2/token";

    static final String REQUESTS = "/course-platform/requests";

    private static final Pattern RESULTS = Pattern.compile(COURSE + "/line_items/(\\d+)/results");

    private final int learners;

    private final int lineItems;

    private final int pageSize;

    private final AtomicInteger requests = new AtomicInteger();

    /** Answers by URL, built on first request: the course is the same in every sync. */
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    CoursePlatformTransformer(int learners, int lineItems, int pageSize) {
        this.learners = learners;
        this.lineItems = lineItems;
        this.pageSize = pageSize;
    }

    /** Requests answered since the last {@link #resetRequests()}: WireMock's journal is off to spare CPU. */
    int requests() {
        return requests.get();
    }

    void resetRequests() {
        requests.set(0);
    }

    int pages() {
        return (learners + pageSize - 1) / pageSize;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        requests.incrementAndGet();
        Answer answer = answers.computeIfAbsent(serveEvent.getRequest().getAbsoluteUrl(), this::answer);
        ResponseDefinitionBuilder response = ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition());
        if (answer == null) {
            return response.withStatus(404).build();
        }
        response.withStatus(200).withHeader("Content-Type", answer.mediaType()).withBody(answer.body());
        if (answer.next() != null) {
            response.withHeader("Link", "<" + answer.next() + ">; rel=\"next\"");
        }
        return response.build();
    }

    /** The answer to a GET or POST of {@code absoluteUrl}, or null for an unknown path. */
    private Answer answer(String absoluteUrl) {
        URI url = URI.create(absoluteUrl);
        String path = url.getPath();
        int page = page(url.getQuery());
        String base = url.getScheme() + "://" + url.getAuthority();
        if (path.equals(TOKEN)) {
            return new Answer("application/json", "{\"access_token\":\"bench-token\",\"token_type\":\"Bearer\",\"expires_in\":3600}",
                    null);
        }
        if (path.equals(COURSE + "/names_and_roles")) {
            String members = IntStream.range(first(page), last(page)).mapToObj(CoursePlatformTransformer::member)
                    .collect(Collectors.joining(",", "[", "]"));
            return new Answer("application/vnd.ims.lti-nrps.v2.membershipcontainer+json", "{\"id\":\"" + base + path
                    + "\",\"context\":{\"id\":\"course-1\",\"label\":\"BIO\",\"title\":\"Biology\"},\"members\":" + members + "}",
                    next(base + path, page));
        }
        if (path.equals(COURSE + "/line_items")) {
            return new Answer("application/vnd.ims.lis.v2.lineitemcontainer+json", IntStream.rangeClosed(1, lineItems)
                    .mapToObj(n -> "{\"id\":\"" + base + COURSE + "/line_items/" + n + "\",\"scoreMaximum\":100.0,"
                            + "\"label\":\"Assignment " + n + "\",\"resourceId\":\"a-" + n + "\"}")
                    .collect(Collectors.joining(",", "[", "]")), null);
        }
        Matcher results = RESULTS.matcher(path);
        if (!results.matches()) {
            return null;
        }
        String lineItem = base + COURSE + "/line_items/" + results.group(1);
        return new Answer("application/vnd.ims.lis.v2.resultcontainer+json", IntStream.range(first(page), last(page))
                .mapToObj(user -> "{\"id\":\"" + lineItem + "/results/" + user + "\",\"scoreOf\":\"" + lineItem
                        + "\",\"userId\":\"canvas-user-" + user + "\",\"resultScore\":" + (user % 101)
                        + ".0,\"resultMaximum\":100.0}")
                .collect(Collectors.joining(",", "[", "]")), next(base + path, page));
    }

    private int first(int page) {
        return (page - 1) * pageSize + 1;
    }

    private int last(int page) {
        return Math.min(learners, page * pageSize) + 1;
    }

    private String next(String url, int page) {
        return page < pages() ? url + "?limit=" + pageSize + "&page=" + (page + 1) : null;
    }

    private static String member(int user) {
        return "{\"status\":\"Active\",\"name\":\"Student " + user + "\",\"given_name\":\"Student\",\"family_name\":\""
                + user + "\",\"email\":\"s" + user + "@canvas.example\",\"user_id\":\"canvas-user-" + user
                + "\",\"roles\":[\"http://purl.imsglobal.org/vocab/lis/v2/membership#Learner\"]}";
    }

    private static int page(String query) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("page=")) {
                    return Integer.parseInt(pair.substring(5));
                }
            }
        }
        return 1;
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.GET, REQUESTS, (admin, serveEvent, pathParams) ->
                new ResponseDefinition(200, String.valueOf(requests())));
        router.add(RequestMethod.DELETE, REQUESTS, (admin, serveEvent, pathParams) -> {
            resetRequests();
            return new ResponseDefinition(200, "0");
        });
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    /** A page's media type, UTF-8 body and next-page URL (null on the last page). */
    private record Answer(String mediaType, byte[] body, String next) {

        Answer(String mediaType, String body, String next) {
            this(mediaType, body.getBytes(StandardCharsets.UTF_8), next);
        }
    }
}
