package dev.laurel.tool.ags;

import dev.laurel.tool.services.PlatformHttpClient;
import dev.laurel.tool.services.PlatformRequest;
import dev.laurel.tool.services.PlatformResponse;
import dev.laurel.tool.services.PlatformServices;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The AGS result service: every result of a line item across pages, or one learner's.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#result-service">AGS §3.3</a>
 */
@Component
public final class AgsResultClient {

    private final PlatformHttpClient http;

    private final AgsJson json;

    public AgsResultClient(PlatformHttpClient http, JsonMapper json) {
        this.http = http;
        this.json = new AgsJson(json);
    }

    /** The first results page of {@code lineItemUrl} ({@code /results} before any query), optionally filtered. */
    public static URI firstPage(URI lineItemUrl, String userId, Integer limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("user_id", userId);
        parameters.put("limit", limit);
        return AgsUrls.withQuery(AgsUrls.withPathSuffix(lineItemUrl, "/results"), parameters);
    }

    /**
     * Obtains (and caches) the token for reading results, when the platform granted it, ahead of the first results
     * page: a course sync asks for it while it reads the line items. A failure is left for the first page to report.
     */
    public void prefetchToken(PlatformServices services) {
        if (services.grants(AgsScopes.RESULT_READ_ONLY)) {
            http.prefetchToken(services, Set.of(AgsScopes.RESULT_READ_ONLY));
        }
    }

    /** One page of results at {@code pageUrl}, with the next page's URL. */
    public Page<AgsResult> page(PlatformServices services, URI pageUrl) {
        PlatformResponse response = http.exchange(services, PlatformRequest.get(pageUrl,
                AgsScopes.require(services, AgsScopes.RESULT_READ_ONLY), AgsMediaTypes.RESULT_CONTAINER));
        return new Page<>(json.readList(response, AgsResult.class), response.link("next", pageUrl).orElse(null));
    }

    /** Every result of the line item, across all pages. */
    public List<AgsResult> list(PlatformServices services, URI lineItemUrl) {
        List<AgsResult> all = new ArrayList<>();
        URI next = firstPage(lineItemUrl, null, null);
        while (next != null) {
            Page<AgsResult> page = page(services, next);
            all.addAll(page.items());
            next = page.next();
        }
        return all;
    }

    /** The result of one learner on the line item, if the platform has one. */
    public Optional<AgsResult> forUser(PlatformServices services, URI lineItemUrl, String userId) {
        return page(services, firstPage(lineItemUrl, userId, null)).items().stream()
                .filter(result -> userId.equals(result.userId())).findFirst();
    }
}
