package dev.laurel.tool.badges.rules;

import java.util.List;

/**
 * Whether one condition of a rule holds for a learner, and why: {@code code} names the reason
 * ({@code met}, {@code below_level}, {@code not_graded}, {@code criterion_missing}, {@code line_item_missing},
 * …), {@code text} says it to the instructor, {@code children} explain a combination.
 */
public record Outcome(boolean holds, String code, String text, List<Outcome> children) {

    public Outcome {
        children = children == null ? List.of() : List.copyOf(children);
    }

    static Outcome leaf(boolean holds, String code, String text) {
        return new Outcome(holds, code, text, List.of());
    }

    /** The leaf conditions that do not hold: what the learner is missing. */
    public List<Outcome> missing() {
        if (children.isEmpty()) {
            return holds ? List.of() : List.of(this);
        }
        if (holds) {
            return List.of();
        }
        List<Outcome> missing = children.stream().flatMap(child -> child.missing().stream()).toList();
        // a combination that needs more conditions than it has is itself what is missing
        return missing.isEmpty() ? List.of(this) : missing;
    }
}
