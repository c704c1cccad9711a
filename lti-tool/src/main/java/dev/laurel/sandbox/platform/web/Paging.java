package dev.laurel.sandbox.platform.web;

import dev.laurel.sandbox.platform.PlatformUrls;
import dev.laurel.sandbox.platform.ServiceProblem;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code limit} / {@code from} paging of the LTI service lists, with RFC 8288 {@code Link} headers
 * (<a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#container-request-filters">AGS §3.2.5</a>,
 * <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#limit-query-parameter">NRPS §2.4.2</a>).
 *
 * @param from position of the first entry of the page
 * @param limit entries per page
 */
public record Paging(long from, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /** The paging a request asks for; {@code limit} is capped at {@link #MAX_LIMIT}. */
    public static Paging of(String limit, String from) {
        try {
            int size = limit == null ? DEFAULT_LIMIT : Integer.parseInt(limit);
            long start = from == null ? 0 : Long.parseLong(from);
            if (size < 1 || start < 0) {
                throw new NumberFormatException();
            }
            return new Paging(start, Math.min(size, MAX_LIMIT));
        } catch (NumberFormatException e) {
            throw new ServiceProblem(400, "paging_invalid", "limit must be a positive integer and from a non-negative one");
        }
    }

    /** The same request's URL at the page after this one. */
    public String next(PlatformUrls urls, HttpServletRequest request) {
        return at(urls, request, from + limit);
    }

    /** The same request's URL at its first page. */
    public String first(PlatformUrls urls, HttpServletRequest request) {
        return at(urls, request, 0);
    }

    private String at(PlatformUrls urls, HttpServletRequest request, long position) {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        return UriComponentsBuilder.fromUriString(urls.url(request.getRequestURI() + query))
                .replaceQueryParam("from", position).replaceQueryParam("limit", limit).build(true).toUriString();
    }

    /** A {@code Link} header value. */
    public static String link(String url, String rel) {
        return "<" + url + ">; rel=\"" + rel + "\"";
    }
}
