package dev.laurel.tool.badges.issuance;

import java.time.Instant;

/**
 * The latest "post gradebook comments" request of a course: {@code state} is {@code REQUESTED}, {@code RUNNING},
 * {@code WAITING} (for the LMS, until {@code nextTryAt}), {@code COMPLETED} or {@code FAILED}; how many comments were
 * posted and failed, and the last error ({@code code: message}).
 */
public record GradebookPost(long courseId, String state, String requestedBy, int posted, int failed, String lastError,
        Instant requestedAt, Instant finishedAt, Instant nextTryAt) {

    public boolean active() {
        return "REQUESTED".equals(state) || "RUNNING".equals(state);
    }

    public boolean waiting() {
        return "WAITING".equals(state);
    }

    /** The code of the last error, e.g. {@code platform_unavailable}, or null. */
    public String lastErrorCode() {
        if (lastError == null) {
            return null;
        }
        int colon = lastError.indexOf(':');
        return colon < 0 ? lastError : lastError.substring(0, colon);
    }
}
