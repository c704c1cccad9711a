package dev.laurel.tool.badges.issuance;

import java.time.Instant;

/**
 * The latest "post gradebook comments" request of a course: {@code state} is {@code REQUESTED}, {@code RUNNING},
 * {@code COMPLETED} or {@code FAILED}; how many comments were posted and failed, and the last error.
 */
public record GradebookPost(long courseId, String state, String requestedBy, int posted, int failed, String lastError,
        Instant requestedAt, Instant finishedAt) {

    public boolean active() {
        return "REQUESTED".equals(state) || "RUNNING".equals(state);
    }
}
