package dev.laurel.tool.badges.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The URLs of the instructor's badge pages of one course. Page links carry the session token of a cookieless
 * session ({@code lti_session}); form actions do not, since each form carries it as a hidden field, except the
 * multipart badge form's ({@link #uploadAction}).
 *
 * @param base the context path and {@code /course/{courseId}/instructor}
 * @param token the fresh session token of a cookieless session, else null
 */
record BadgeLinks(String base, String token) {

    static BadgeLinks of(String contextPath, long courseId, String token) {
        return new BadgeLinks(contextPath + "/course/" + courseId + "/instructor", token);
    }

    public String instructor() {
        return page("");
    }

    public String hub() {
        return page("/badges");
    }

    public String sync() {
        return page("/sync");
    }

    public String dashboard() {
        return page("/dashboard");
    }

    public String newRubric() {
        return page("/badges/rubrics/new");
    }

    public String rubric(long rubricId) {
        return page("/badges/rubrics/" + rubricId);
    }

    public String newBadge() {
        return page("/badges/new");
    }

    public String badge(long badgeId) {
        return page("/badges/" + badgeId);
    }

    public String review(long badgeId) {
        return page("/badges/" + badgeId + "/review");
    }

    /** A form's action (the form sends the token itself). */
    public String action(String path) {
        return base + path;
    }

    /**
     * A multipart form's action: with the session token in its URL too, so that an upload over the container's limit,
     * whose fields cannot be read, still reaches Laurel's readable "too large" page in this session.
     */
    public String uploadAction(String path) {
        return page(path);
    }

    /** A link to {@code path} below the instructor page, with the session token when there is one. */
    public String page(String path) {
        return base + path + (token == null ? "" : "?lti_session=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    /** As {@link #page(String)} with a {@code notice} parameter (what the page should confirm). */
    public String page(String path, String notice) {
        String url = page(path);
        return notice == null ? url : url + (url.contains("?") ? "&" : "?") + "notice="
                + URLEncoder.encode(notice, StandardCharsets.UTF_8);
    }
}
