package dev.laurel.tool.services;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/** Adds query parameters to a service URL that may already carry a query string (Moodle's {@code ?type_id=}). */
public final class ServiceUrls {

    private ServiceUrls() {
    }

    /** {@code url} with {@code parameters} (null values skipped) added to its query, values encoded. */
    public static URI withQuery(URI url, Map<String, ?> parameters) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromUri(url);
        parameters.forEach((name, value) -> {
            if (value != null) {
                builder.queryParam(name, UriUtils.encodeQueryParam(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return builder.build(true).toUri();
    }
}
