package dev.laurel.tool.services;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RFC 8288 {@code Link} headers, as AGS and NRPS use them for paging ({@code next}) and NRPS for
 * {@code differences}.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#container-request-filters">AGS §3.2.3 paging</a>
 */
public final class LinkHeaders {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,]+)*)");

    private static final Pattern REL = Pattern.compile("rel\\s*=\\s*\"?([^\";,]+)\"?", Pattern.CASE_INSENSITIVE);

    private LinkHeaders() {
    }

    /** The target of the first link with relation {@code rel} among the header values. */
    public static Optional<URI> find(List<String> headerValues, String rel) {
        if (headerValues == null) {
            return Optional.empty();
        }
        for (String value : headerValues) {
            Matcher link = LINK.matcher(value);
            while (link.find()) {
                Matcher relation = REL.matcher(link.group(2));
                if (relation.find() && List.of(relation.group(1).trim().split("\\s+")).contains(rel)) {
                    return Optional.of(URI.create(link.group(1).trim()));
                }
            }
        }
        return Optional.empty();
    }
}
