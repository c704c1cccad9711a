package dev.laurel.tool.badges.evaluation;

import java.util.Map;

/** What one evaluation of a course found: per badge id, how many learners qualify out of how many evaluated. */
public record CourseEvaluation(long courseId, boolean synced, Map<Long, Counts> byBadge) {

    public CourseEvaluation {
        byBadge = Map.copyOf(byBadge);
    }

    public record Counts(int learners, int qualifying) {
    }
}
