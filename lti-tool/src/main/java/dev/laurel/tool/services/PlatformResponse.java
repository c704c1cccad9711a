package dev.laurel.tool.services;

import java.net.URI;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/**
 * A successful answer of a platform service.
 *
 * @param status the 2xx status
 * @param headers response headers
 * @param body the body, empty when there was none
 */
public record PlatformResponse(int status, HttpHeaders headers, byte[] body) {

    /** The {@code Link} target with relation {@code rel} ({@code next}, {@code differences}), resolved against {@code base}. */
    public Optional<URI> link(String rel, URI base) {
        return LinkHeaders.find(headers.get(HttpHeaders.LINK), rel).map(base::resolve);
    }
}
