package dev.laurel.tool.ags;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One page of an AGS container and the {@code Link: rel="next"} URL of the following page, if any.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#container-request-filters">AGS §3.2.3 paging</a>
 */
public record Page<T>(List<T> items, URI next) {

    public Page {
        items = List.copyOf(items);
    }

    public Optional<URI> nextPage() {
        return Optional.ofNullable(next);
    }
}
