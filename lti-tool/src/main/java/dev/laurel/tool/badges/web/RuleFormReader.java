package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rules.AwardRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the rule part of the badge form into an award rule, group by group (see {@link RuleForms}), with what the
 * instructor must fix first: levels of another rubric, a total or percentage that is no number or out of reach, a
 * column the course lacks, a group without conditions ({@code rule_group_empty}), an "at least n" larger than its
 * group ({@code rule_count_invalid}), groups deeper than {@value RuleForms#MAX_DEPTH} levels ({@code rule_too_deep}).
 */
final class RuleFormReader {

    private RuleFormReader() {
    }

    /**
     * The rule the form describes; {@code problems} gets what must be fixed first.
     *
     * @param columns the course's gradebook columns by URL → label; {@code keptLabels} the labels of columns the stored
     *        rule already requires (kept even when the last sync no longer has them)
     */
    static AwardRule read(BadgeForm.RuleForm form, Rubric rubric, Map<String, String> columns,
            Map<String, String> keptLabels, List<PageProblem> problems) {
        return read(form.group(), "", 0, new Reading(rubric, columns, keptLabels, problems));
    }

    /** What reading every group needs. */
    private record Reading(Rubric rubric, Map<String, String> columns, Map<String, String> keptLabels,
            List<PageProblem> problems) {
    }

    private static AwardRule read(BadgeForm.GroupForm group, String label, int depth, Reading reading) {
        List<PageProblem> problems = reading.problems();
        int problemsBefore = problems.size();
        List<AwardRule> conditions = new ArrayList<>();
        criteria(group, reading, conditions);
        total(group, reading, conditions);
        columns(group, reading, conditions);
        for (int i = 0; i < group.groups().size(); i++) {
            String inner = label.isEmpty() ? String.valueOf(i + 1) : label + "." + (i + 1);
            if (depth + 1 > RuleForms.MAX_DEPTH) {
                problems.add(new PageProblem("rule_too_deep", "Groups may nest " + RuleForms.MAX_DEPTH + " levels deep; group "
                        + inner + " is deeper. Move its conditions up a level."));
                continue;
            }
            conditions.add(read(group.groups().get(i), inner, depth + 1, reading));
        }
        if (conditions.isEmpty() && problems.size() == problemsBefore) {
            problems.add(label.isEmpty()
                    ? new PageProblem("rule_empty", "The rule has no condition, so every learner would earn the badge. "
                            + "Choose a minimum level on a criterion, a minimum total or a required gradebook column.")
                    : new PageProblem("rule_group_empty", "Group " + label + " has no condition. Choose a minimum level, "
                            + "a minimum total or a required column in it, or remove the group."));
        }
        return switch (group.combination()) {
            case "any" -> new AwardRule.AnyOf(conditions);
            case "atLeast" -> atLeast(group.count(), conditions, label, problems);
            default -> new AwardRule.AllOf(conditions);
        };
    }

    private static void criteria(BadgeForm.GroupForm group, Reading reading, List<AwardRule> conditions) {
        for (BadgeForm.CriterionRequirement row : group.criteria()) {
            if (row.levelKey().isBlank()) {
                continue;
            }
            Optional<RubricCriterion> criterion = reading.rubric() == null ? Optional.empty()
                    : reading.rubric().criterion(row.criterionKey());
            if (criterion.isEmpty() || criterion.get().level(row.levelKey()).isEmpty()) {
                reading.problems().add(new PageProblem("rule_level_unknown", "A minimum level in the rule belongs to "
                        + "another rubric or to a level that no longer exists; choose the levels again."));
                continue;
            }
            conditions.add(new AwardRule.CriterionAtLeast(row.criterionKey(), row.levelKey()));
        }
    }

    private static void total(BadgeForm.GroupForm group, Reading reading, List<AwardRule> conditions) {
        if (group.minTotal().isBlank()) {
            return;
        }
        Rubric rubric = reading.rubric();
        Double total = number(group.minTotal());
        if (total == null) {
            reading.problems().add(new PageProblem("rule_total_invalid", "The minimum rubric total must be a number, 0 or more."));
        }
        else if (rubric == null) {
            reading.problems().add(new PageProblem("rule_total_without_rubric", "A minimum rubric total needs a rubric; "
                    + "choose the badge's rubric or empty the total."));
        }
        else if (total > rubric.maxTotal() + 1e-9) {
            reading.problems().add(new PageProblem("total_unreachable", "The minimum total " + group.minTotal().strip()
                    + " is more than the rubric's best total, " + RubricForm.points(rubric.maxTotal()) + "."));
        }
        else {
            conditions.add(new AwardRule.TotalAtLeast(total));
        }
    }

    private static void columns(BadgeForm.GroupForm group, Reading reading, List<AwardRule> conditions) {
        Set<String> seen = new HashSet<>();
        for (BadgeForm.ColumnRequirement row : group.columns()) {
            if (row.url().isBlank()) {
                if (!row.percent().isBlank()) {
                    reading.problems().add(new PageProblem("rule_column_missing", "A required percentage has no "
                            + "gradebook column; choose the column or empty the percentage."));
                }
                continue;
            }
            String label = reading.columns().containsKey(row.url()) ? reading.columns().get(row.url())
                    : reading.keptLabels().get(row.url());
            if (label == null && !reading.columns().containsKey(row.url())) {
                reading.problems().add(new PageProblem("line_item_unknown", "The rule names a gradebook column this "
                        + "course does not have; choose one from the list."));
                continue;
            }
            Double percent = number(row.percent());
            if (percent == null || percent > 100) {
                reading.problems().add(new PageProblem("rule_percent_invalid", "The required score on \"" + label
                        + "\" must be a percentage from 0 to 100."));
                continue;
            }
            if (seen.add(row.url())) {
                conditions.add(new AwardRule.LineItemAtLeast(row.url(), label, percent));
            }
        }
    }

    private static AwardRule atLeast(String count, List<AwardRule> conditions, String label, List<PageProblem> problems) {
        int n;
        try {
            n = Integer.parseInt(count.strip());
        }
        catch (NumberFormatException ex) {
            n = 0;
        }
        if (n < 1 || n > Math.max(1, conditions.size())) {
            problems.add(new PageProblem("rule_count_invalid", "\"At least\"" + (label.isEmpty() ? "" : " in group " + label)
                    + " needs a number from 1 to the number of " + (label.isEmpty() ? "" : "its ") + "conditions ("
                    + conditions.size() + ")."));
            return new AwardRule.AllOf(conditions);
        }
        return new AwardRule.AtLeast(n, conditions);
    }

    private static Double number(String text) {
        try {
            double value = new BigDecimal(text.strip().replace(',', '.')).doubleValue();
            return Double.isFinite(value) && value >= 0 ? value : null;
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }
}
