package dev.laurel.tool.badges.evaluation;

import dev.laurel.tool.badges.rules.Outcome;
import java.time.Instant;
import java.util.Map;

/**
 * A learner's latest verdict for a badge: whether they qualify, the rubric levels reached (criterion key → level
 * key) and why. {@code explanation.code()} is {@code left_course} for a learner no longer active in the course.
 */
public record Eligibility(long badgeId, String userId, boolean qualifies, Map<String, String> levels,
        Outcome explanation, Instant evaluatedAt) {

    public boolean leftCourse() {
        return "left_course".equals(explanation.code());
    }
}
