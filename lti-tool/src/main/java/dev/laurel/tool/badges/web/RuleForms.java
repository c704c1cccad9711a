package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.RubricLevel;
import dev.laurel.tool.badges.rules.AwardRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Between award rules and the rule part of the badge form. The form holds one group: minimum levels per criterion,
 * a minimum rubric total and required gradebook columns, combined with all / any / at least n. A stored rule with
 * nested groups is not shown in the form; it is kept unless the instructor replaces it.
 */
final class RuleForms {

    private RuleForms() {
    }

    /** The form of {@code rule}, or empty when the form cannot show it (nested groups, repeated criteria or totals). */
    static Optional<BadgeForm.RuleForm> of(AwardRule rule, Rubric rubric) {
        List<AwardRule> conditions;
        String combination;
        String count = "";
        if (rule instanceof AwardRule.AllOf all) {
            conditions = all.conditions();
            combination = "all";
        }
        else if (rule instanceof AwardRule.AnyOf any) {
            conditions = any.conditions();
            combination = "any";
        }
        else if (rule instanceof AwardRule.AtLeast atLeast) {
            conditions = atLeast.conditions();
            combination = "atLeast";
            count = String.valueOf(atLeast.count());
        }
        else {
            conditions = List.of(rule);
            combination = "all";
        }
        Map<String, String> levels = new LinkedHashMap<>();
        String total = null;
        List<BadgeForm.ColumnRequirement> columns = new ArrayList<>();
        for (AwardRule condition : conditions) {
            if (condition instanceof AwardRule.CriterionAtLeast c && !levels.containsKey(c.criterionKey())) {
                levels.put(c.criterionKey(), c.levelKey());
            }
            else if (condition instanceof AwardRule.TotalAtLeast t && total == null) {
                total = RubricForm.points(t.points());
            }
            else if (condition instanceof AwardRule.LineItemAtLeast l) {
                columns.add(new BadgeForm.ColumnRequirement(l.lineItemUrl(), RubricForm.points(l.percent())));
            }
            else {
                return Optional.empty();
            }
        }
        List<BadgeForm.CriterionRequirement> criteria = new ArrayList<>();
        levels.forEach((criterion, level) -> criteria.add(new BadgeForm.CriterionRequirement(criterion, level)));
        BadgeForm.RuleForm form = new BadgeForm.RuleForm(combination, count, criteria, total == null ? "" : total,
                columns, "");
        return Optional.of(aligned(form, rubric));
    }

    /** A new badge's rule: every criterion of the rubric at its second-highest level or above ("Proficient"). */
    static BadgeForm.RuleForm suggested(Rubric rubric) {
        List<BadgeForm.CriterionRequirement> criteria = new ArrayList<>();
        if (rubric != null) {
            for (RubricCriterion criterion : rubric.criteria()) {
                List<RubricLevel> levels = criterion.levels();
                String level = levels.size() >= 2 ? levels.get(levels.size() - 2).key() : levels.isEmpty() ? "" : levels.get(0).key();
                criteria.add(new BadgeForm.CriterionRequirement(criterion.key(), level));
            }
        }
        return new BadgeForm.RuleForm("all", "", criteria, "", List.of(new BadgeForm.ColumnRequirement("", "")), "");
    }

    /**
     * The form with one criterion row per criterion of {@code rubric}, in rubric order (rows of other criteria are
     * dropped, new criteria have no minimum), and one empty column row to fill in.
     */
    static BadgeForm.RuleForm aligned(BadgeForm.RuleForm form, Rubric rubric) {
        Map<String, String> typed = new LinkedHashMap<>();
        form.criteria().forEach(row -> typed.putIfAbsent(row.criterionKey(), row.levelKey()));
        List<BadgeForm.CriterionRequirement> criteria = rubric == null ? List.of() : rubric.criteria().stream()
            .map(criterion -> new BadgeForm.CriterionRequirement(criterion.key(), typed.getOrDefault(criterion.key(), "")))
            .toList();
        List<BadgeForm.ColumnRequirement> columns = new ArrayList<>(form.columns().stream()
            .filter(row -> !row.url().isBlank() || !row.percent().isBlank()).toList());
        columns.add(new BadgeForm.ColumnRequirement("", ""));
        return new BadgeForm.RuleForm(form.combination(), form.count(), criteria, form.minTotal(), columns, form.replace());
    }

    /**
     * The rule the form describes; {@code problems} gets what must be fixed first.
     *
     * @param columns the course's gradebook columns by URL → label; {@code keptLabels} the labels of columns the stored
     *        rule already requires (kept even when the last sync no longer has them)
     */
    static AwardRule read(BadgeForm.RuleForm form, Rubric rubric, Map<String, String> columns,
            Map<String, String> keptLabels, List<PageProblem> problems) {
        List<AwardRule> conditions = new ArrayList<>();
        for (BadgeForm.CriterionRequirement row : form.criteria()) {
            if (row.levelKey().isBlank()) {
                continue;
            }
            Optional<RubricCriterion> criterion = rubric == null ? Optional.empty() : rubric.criterion(row.criterionKey());
            if (criterion.isEmpty() || criterion.get().level(row.levelKey()).isEmpty()) {
                problems.add(new PageProblem("rule_level_unknown", "A minimum level in the rule belongs to another rubric "
                        + "or to a level that no longer exists; choose the levels again."));
                continue;
            }
            conditions.add(new AwardRule.CriterionAtLeast(row.criterionKey(), row.levelKey()));
        }
        if (!form.minTotal().isBlank()) {
            Double total = number(form.minTotal());
            if (total == null) {
                problems.add(new PageProblem("rule_total_invalid", "The minimum rubric total must be a number, 0 or more."));
            }
            else if (rubric == null) {
                problems.add(new PageProblem("rule_total_without_rubric", "A minimum rubric total needs a rubric; choose "
                        + "the badge's rubric or empty the total."));
            }
            else if (total > rubric.maxTotal() + 1e-9) {
                problems.add(new PageProblem("total_unreachable", "The minimum total " + form.minTotal().strip()
                        + " is more than the rubric's best total, " + RubricForm.points(rubric.maxTotal()) + "."));
            }
            else {
                conditions.add(new AwardRule.TotalAtLeast(total));
            }
        }
        Set<String> seen = new HashSet<>();
        for (BadgeForm.ColumnRequirement row : form.columns()) {
            if (row.url().isBlank()) {
                if (!row.percent().isBlank()) {
                    problems.add(new PageProblem("rule_column_missing", "A required percentage has no gradebook column; "
                            + "choose the column or empty the percentage."));
                }
                continue;
            }
            String label = columns.containsKey(row.url()) ? columns.get(row.url()) : keptLabels.get(row.url());
            if (label == null && !columns.containsKey(row.url())) {
                problems.add(new PageProblem("line_item_unknown", "The rule names a gradebook column this course does not "
                        + "have; choose one from the list."));
                continue;
            }
            Double percent = number(row.percent());
            if (percent == null || percent > 100) {
                problems.add(new PageProblem("rule_percent_invalid", "The required score on \"" + label + "\" must be a "
                        + "percentage from 0 to 100."));
                continue;
            }
            if (seen.add(row.url())) {
                conditions.add(new AwardRule.LineItemAtLeast(row.url(), label, percent));
            }
        }
        if (conditions.isEmpty() && problems.isEmpty()) {
            problems.add(new PageProblem("rule_empty", "The rule has no condition, so every learner would earn the badge. "
                    + "Choose a minimum level on a criterion, a minimum total or a required gradebook column."));
        }
        return switch (form.combination()) {
            case "any" -> new AwardRule.AnyOf(conditions);
            case "atLeast" -> atLeast(form.count(), conditions, problems);
            default -> new AwardRule.AllOf(conditions);
        };
    }

    private static AwardRule atLeast(String count, List<AwardRule> conditions, List<PageProblem> problems) {
        int n;
        try {
            n = Integer.parseInt(count.strip());
        }
        catch (NumberFormatException ex) {
            n = 0;
        }
        if (n < 1 || n > Math.max(1, conditions.size())) {
            problems.add(new PageProblem("rule_count_invalid", "\"At least\" needs a number from 1 to the number of "
                    + "conditions (" + conditions.size() + ")."));
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
