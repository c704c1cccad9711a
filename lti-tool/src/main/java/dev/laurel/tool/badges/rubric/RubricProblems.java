package dev.laurel.tool.badges.rubric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What is wrong with a rubric an instructor submits, as problems with a code and a plain sentence. */
public final class RubricProblems {

    private RubricProblems() {
    }

    /** A problem with a rubric: {@code code} for logs and tests, {@code message} for the instructor. */
    public record Problem(String code, String message) {
    }

    public static List<Problem> of(Rubric rubric) {
        List<Problem> problems = new ArrayList<>();
        if (rubric.criteria().isEmpty()) {
            problems.add(new Problem("rubric_without_criteria", "Add at least one criterion to the rubric."));
        }
        Set<String> criterionNames = new HashSet<>();
        Set<String> criterionKeys = new HashSet<>();
        for (RubricCriterion criterion : rubric.criteria()) {
            if (!criterionNames.add(normalized(criterion.name())) || !criterionKeys.add(criterion.key())) {
                problems.add(new Problem("rubric_duplicate_criterion",
                        "Two criteria are called \"" + criterion.name() + "\"; give each criterion its own name."));
            }
            if (criterion.levels().isEmpty()) {
                problems.add(new Problem("rubric_criterion_without_levels",
                        "The criterion \"" + criterion.name() + "\" has no levels; add at least one level."));
            }
            Set<String> levelNames = new HashSet<>();
            Set<Double> levelPoints = new HashSet<>();
            for (RubricLevel level : criterion.levels()) {
                if (!levelNames.add(normalized(level.name()))) {
                    problems.add(new Problem("rubric_duplicate_level", "The criterion \"" + criterion.name()
                            + "\" has two levels called \"" + level.name() + "\"."));
                }
                if (!levelPoints.add(level.points())) {
                    problems.add(new Problem("rubric_levels_same_points", "Two levels of \"" + criterion.name()
                            + "\" are worth the same points; each level needs its own points so they can be ordered."));
                }
            }
        }
        return List.copyOf(problems);
    }

    private static String normalized(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
