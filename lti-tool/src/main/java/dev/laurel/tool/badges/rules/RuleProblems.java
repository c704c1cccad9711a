package dev.laurel.tool.badges.rules;

import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is wrong with a badge's award rule against the badge's rubric and the course's gradebook as last synced,
 * with the codes the evaluator gives the same conditions ({@code criterion_missing}, {@code level_missing},
 * {@code line_item_missing}, …). Pure: no I/O.
 */
public final class RuleProblems {

    private RuleProblems() {
    }

    /** A problem with a rule: {@code code} for logs and tests, {@code message} for the instructor. */
    public record Problem(String code, String message) {
    }

    /**
     * @param rule the badge's rule
     * @param rubric the badge's rubric, or null for a badge without one
     * @param lineItems the course's line items by URL as last synced, or null when the course was never synced
     *        (line-item conditions are then not checked)
     */
    public static List<Problem> of(AwardRule rule, Rubric rubric, Map<String, CourseLineItem> lineItems) {
        List<Problem> problems = new ArrayList<>();
        check(rule, rubric, lineItems, problems);
        return problems.stream().distinct().toList();
    }

    private static void check(AwardRule rule, Rubric rubric, Map<String, CourseLineItem> lineItems, List<Problem> problems) {
        if (rule instanceof AwardRule.CriterionAtLeast c) {
            criterion(c, rubric, problems);
        }
        else if (rule instanceof AwardRule.TotalAtLeast t) {
            if (rubric == null) {
                problems.add(new Problem("rubric_missing", "The rule asks for a rubric total, but the badge has no rubric."));
            }
            else if (t.points() > rubric.maxTotal() + 1e-9) {
                problems.add(new Problem("total_unreachable", "The rule asks for a rubric total of " + number(t.points())
                        + ", but the rubric's best total is " + number(rubric.maxTotal()) + ": nobody can earn the badge."));
            }
        }
        else if (rule instanceof AwardRule.LineItemAtLeast l) {
            if (lineItems != null && !lineItems.containsKey(l.lineItemUrl())) {
                problems.add(new Problem("line_item_missing", "The rule requires the gradebook column \"" + l.label()
                        + "\", which is no longer in the course; choose another column or remove the condition."));
            }
        }
        else if (rule instanceof AwardRule.AllOf all) {
            if (all.conditions().isEmpty()) {
                problems.add(new Problem("rule_empty", "The rule has no conditions, so every learner would qualify."));
            }
            all.conditions().forEach(child -> check(child, rubric, lineItems, problems));
        }
        else if (rule instanceof AwardRule.AnyOf any) {
            if (any.conditions().isEmpty()) {
                problems.add(new Problem("rule_never", "The rule needs any one of no conditions, so nobody can qualify."));
            }
            any.conditions().forEach(child -> check(child, rubric, lineItems, problems));
        }
        else if (rule instanceof AwardRule.AtLeast atLeast) {
            if (atLeast.count() > atLeast.conditions().size()) {
                problems.add(new Problem("rule_count_too_high", "The rule needs " + atLeast.count() + " conditions met but "
                        + "has only " + atLeast.conditions().size() + ", so nobody can qualify."));
            }
            atLeast.conditions().forEach(child -> check(child, rubric, lineItems, problems));
        }
    }

    private static void criterion(AwardRule.CriterionAtLeast condition, Rubric rubric, List<Problem> problems) {
        if (rubric == null) {
            problems.add(new Problem("rubric_missing", "The rule asks for rubric levels, but the badge has no rubric."));
            return;
        }
        Optional<RubricCriterion> criterion = rubric.criterion(condition.criterionKey());
        if (criterion.isEmpty()) {
            problems.add(new Problem("criterion_missing", "The rule refers to a criterion that was deleted from the rubric \""
                    + rubric.name() + "\"; edit the rule."));
            return;
        }
        if (criterion.get().level(condition.levelKey()).isEmpty()) {
            problems.add(new Problem("level_missing", "The rule refers to a level of \"" + criterion.get().name()
                    + "\" that was deleted from the rubric; choose another level."));
            return;
        }
        if (criterion.get().lineItemUrl() == null) {
            problems.add(new Problem("criterion_unbound", "The criterion \"" + criterion.get().name() + "\" has no "
                    + "gradebook column yet, so nobody reaches a level on it; bind it in the rubric."));
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
