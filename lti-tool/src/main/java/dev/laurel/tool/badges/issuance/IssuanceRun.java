package dev.laurel.tool.badges.issuance;

import java.time.Instant;
import java.util.List;

/**
 * An issuance run of a course: the badges it issues, who asked (an LTI user id, or {@code laurel} for automatic
 * issuance), where it is and how many of its {@code total} items were issued, skipped or failed.
 */
public record IssuanceRun(long id, long courseId, String requestKey, List<Long> badgeIds, String requestedBy,
        boolean automatic, IssuanceRunState state, int total, int issued, int skipped, int failed, String lastError,
        Instant requestedAt, Instant startedAt, Instant finishedAt) {

    public IssuanceRun {
        badgeIds = List.copyOf(badgeIds);
    }

    public int done() {
        return issued + skipped + failed;
    }

    /** Percentage of items done, 0 to 100. */
    public int percent() {
        if (state == IssuanceRunState.COMPLETED || total == 0) {
            return state == IssuanceRunState.COMPLETED ? 100 : 0;
        }
        return (int) Math.min(99, (long) done() * 100 / total);
    }
}
