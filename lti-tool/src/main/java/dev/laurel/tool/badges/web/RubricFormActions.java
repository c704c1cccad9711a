package dev.laurel.tool.badges.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The rubric editor's buttons other than saving, done on the server so the editor works without JavaScript: add or
 * remove a criterion or a level, and switch between one scale for every criterion and levels per criterion.
 */
final class RubricFormActions {

    private RubricFormActions() {
    }

    /** Whether {@code action} saves the rubric (a missing action is the Enter key: save). */
    static boolean saves(String action) {
        return action == null || action.isBlank() || action.equals("save") || action.equals("save-columns");
    }

    /** The form after {@code action}; unknown actions and out-of-range rows leave it as it is. */
    static RubricForm apply(RubricForm form, String action, boolean canCreateColumns) {
        String[] parts = action.split(":");
        List<RubricForm.CriterionRow> criteria = new ArrayList<>(form.criteria());
        switch (parts[0]) {
            case "add-criterion" -> {
                RubricForm.CriterionRow row = RubricForm.emptyCriterion(canCreateColumns);
                criteria.add(form.same() ? row : row.withLevels(unkeyed(RubricForm.DEFAULT_SCALE)));
                return form.withCriteria(criteria);
            }
            case "remove-criterion" -> {
                int i = index(parts, 1, criteria.size());
                if (i >= 0) {
                    criteria.remove(i);
                }
                return form.withCriteria(criteria);
            }
            case "add-scale-level" -> {
                List<RubricForm.LevelRow> scale = new ArrayList<>(form.scale());
                scale.add(new RubricForm.LevelRow("", "", "", ""));
                return form.withScale("true", scale);
            }
            case "remove-scale-level" -> {
                List<RubricForm.LevelRow> scale = new ArrayList<>(form.scale());
                int j = index(parts, 1, scale.size());
                if (j >= 0) {
                    scale.remove(j);
                }
                return form.withScale("true", scale);
            }
            case "add-level", "remove-level" -> {
                int i = index(parts, 1, criteria.size());
                if (i < 0) {
                    return form;
                }
                List<RubricForm.LevelRow> levels = new ArrayList<>(criteria.get(i).levels());
                if (parts[0].equals("add-level")) {
                    levels.add(new RubricForm.LevelRow("", "", "", ""));
                }
                else {
                    int j = index(parts, 2, levels.size());
                    if (j >= 0) {
                        levels.remove(j);
                    }
                }
                criteria.set(i, criteria.get(i).withLevels(levels));
                return form.withCriteria(criteria);
            }
            case "per-criterion-levels" -> {
                return new RubricForm(form.name(), form.description(), "false", List.of(),
                        criteria.stream().map(row -> row.withLevels(form.scale())).toList());
            }
            case "same-levels" -> {
                List<RubricForm.LevelRow> scale = criteria.stream().map(RubricForm.CriterionRow::levels)
                    .filter(levels -> levels.stream().anyMatch(level -> !level.blank())).findFirst()
                    .orElse(RubricForm.DEFAULT_SCALE);
                return new RubricForm(form.name(), form.description(), "true", scale,
                        criteria.stream().map(row -> row.withLevels(List.of())).toList());
            }
            default -> {
                return form;
            }
        }
    }

    private static List<RubricForm.LevelRow> unkeyed(List<RubricForm.LevelRow> levels) {
        return levels.stream().map(level -> new RubricForm.LevelRow("", level.name(), level.description(), level.points()))
            .toList();
    }

    private static int index(String[] parts, int at, int size) {
        if (parts.length <= at) {
            return -1;
        }
        try {
            int value = Integer.parseInt(parts[at]);
            return value >= 0 && value < size ? value : -1;
        }
        catch (NumberFormatException ex) {
            return -1;
        }
    }
}
