package dev.laurel.tool.badges.rules;

/** One learner's result on one line item, as AGS returned it: {@code score} out of {@code maximum} (either may be null). */
public record Grade(Double score, Double maximum) {

    /** The score as a percentage of its maximum; null without a score. */
    public Double percent(Double lineItemMaximum) {
        Double max = maximum != null && maximum > 0 ? maximum : lineItemMaximum;
        if (score == null) {
            return null;
        }
        return max == null || max <= 0 ? score : score * 100 / max;
    }
}
