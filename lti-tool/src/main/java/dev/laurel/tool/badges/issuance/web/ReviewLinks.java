package dev.laurel.tool.badges.issuance.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The links of a badge's review page to its filters and pages, with the session token of a cookieless session.
 *
 * @param path the context path and {@code /course/{courseId}/instructor/badges/{badgeId}/review}
 * @param token the fresh session token of a cookieless session, else null
 */
record ReviewLinks(String path, String token) {

    /** The first page of a filter ("" for every learner). */
    public String filter(String filter) {
        return page(filter, 1);
    }

    /** A page of a filter ("" for every learner). */
    public String page(String filter, int number) {
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        if (filter != null && !filter.isEmpty()) {
            url.append(separator).append("status=").append(encode(filter));
            separator = '&';
        }
        if (number > 1) {
            url.append(separator).append("page=").append(number);
            separator = '&';
        }
        if (token != null) {
            url.append(separator).append("lti_session=").append(encode(token));
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
