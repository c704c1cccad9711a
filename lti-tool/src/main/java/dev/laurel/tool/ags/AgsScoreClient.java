package dev.laurel.tool.ags;

import dev.laurel.tool.services.PlatformHttpClient;
import dev.laurel.tool.services.PlatformRequest;
import dev.laurel.tool.services.PlatformServices;
import java.net.URI;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The AGS score publish service: POSTs a score to the line item's {@code /scores} endpoint.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#score-publish-service">AGS §3.4</a>
 */
@Component
public final class AgsScoreClient {

    private final PlatformHttpClient http;

    private final AgsJson json;

    public AgsScoreClient(PlatformHttpClient http, JsonMapper json) {
        this.http = http;
        this.json = new AgsJson(json);
    }

    /** Publishes {@code score} to the line item at {@code lineItemUrl}. */
    public void publish(PlatformServices services, URI lineItemUrl, Score score) {
        http.exchange(services, new PlatformRequest(HttpMethod.POST, AgsUrls.withPathSuffix(lineItemUrl, "/scores"),
                Set.of(AgsScopes.require(services, AgsScopes.SCORE)), null, AgsMediaTypes.SCORE, json.write(score)));
    }
}
