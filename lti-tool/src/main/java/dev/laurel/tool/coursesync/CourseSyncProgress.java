package dev.laurel.tool.coursesync;

import java.time.Instant;

/**
 * A course sync's recorded progress: pages read, pages known to remain (each unfinished chain has at least
 * one), rows stored, and the last error's code and message.
 */
public record CourseSyncProgress(CourseSyncState state, long pagesDone, long pagesKnown, long members, long lineItems,
        long results, String lastErrorCode, String lastError, Instant requestedAt, Instant startedAt,
        Instant finishedAt) {

    /** Percentage of known pages done, 0 to 100. */
    public int percent() {
        if (state == CourseSyncState.COMPLETED) {
            return 100;
        }
        return pagesKnown == 0 ? 0 : (int) Math.min(99, pagesDone * 100 / pagesKnown);
    }
}
