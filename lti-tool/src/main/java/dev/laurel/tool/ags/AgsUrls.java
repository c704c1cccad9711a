package dev.laurel.tool.ags;

import dev.laurel.tool.services.ServiceUrls;
import java.net.URI;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds AGS URLs from a line-item or container URL that may carry its own query string (Moodle's
 * {@code .../lineitems/7/lineitem?type_id=3}): {@code /results} and {@code /scores} go into the path, before
 * the {@code ?}; filter parameters are added to the existing query.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#result-service">AGS §3.3 result service URL</a>
 */
public final class AgsUrls {

    private AgsUrls() {
    }

    /** {@code lineItem} with {@code suffix} appended to its path, keeping its query. */
    public static URI withPathSuffix(URI lineItem, String suffix) {
        return UriComponentsBuilder.fromUri(lineItem).path(suffix).build(true).toUri();
    }

    /** {@code url} with {@code parameters} (null values skipped) added to its query. */
    public static URI withQuery(URI url, Map<String, ?> parameters) {
        return ServiceUrls.withQuery(url, parameters);
    }
}
