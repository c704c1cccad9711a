package dev.laurel.tool.badges.rules;

import java.util.Map;

/**
 * The evaluation of a badge's rule for one learner: whether they qualify, the explanation, and the rubric level
 * reached on each criterion (criterion key → level key) for the credential's results.
 */
public record Verdict(String userId, boolean qualifies, Outcome explanation, Map<String, String> levels) {

    public Verdict {
        levels = levels == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(levels));
    }
}
