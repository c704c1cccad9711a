package dev.laurel.tool.badges.rules;

import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.RubricLevel;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.util.Assert;

/**
 * Evaluates a badge's award rule for learners: pure and deterministic, the same inputs always give the same
 * verdict whatever order the grades arrived in. A condition that refers to a criterion, level or line item that
 * no longer exists does not hold, and says so.
 */
public final class RuleEvaluator {

    private final AwardRule rule;
    private final Rubric rubric;
    private final Map<String, CourseLineItem> lineItems;
    /** One format per evaluator (an evaluator serves one thread): evaluation formats numbers for every learner. */
    private final DecimalFormat numbers = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));

    /**
     * @param rule the badge's rule
     * @param rubric the badge's rubric, or null for a badge without one
     * @param lineItems the course's line items by URL, as last synced
     */
    public RuleEvaluator(AwardRule rule, Rubric rubric, Map<String, CourseLineItem> lineItems) {
        Assert.notNull(rule, "rule cannot be null");
        this.rule = rule;
        this.rubric = rubric;
        this.lineItems = lineItems == null ? Map.of() : Map.copyOf(lineItems);
    }

    public Verdict evaluate(LearnerGrades grades) {
        Map<String, String> levels = reachedLevels(grades);
        Outcome outcome = evaluate(rule, grades, levels);
        return new Verdict(grades.userId(), outcome.holds(), outcome, levels);
    }

    /** The level reached on each criterion of the rubric that has one (criterion key → level key), in rubric order. */
    private Map<String, String> reachedLevels(LearnerGrades grades) {
        Map<String, String> levels = new LinkedHashMap<>();
        if (rubric != null) {
            for (RubricCriterion criterion : rubric.criteria()) {
                reached(criterion, grades).ifPresent(level -> levels.put(criterion.key(), level.key()));
            }
        }
        return levels;
    }

    private Optional<RubricLevel> reached(RubricCriterion criterion, LearnerGrades grades) {
        return grades.grade(criterion.lineItemUrl())
            .flatMap(grade -> criterion.levelFor(grade.score(), grade.maximum() != null ? grade.maximum() : maximumOf(criterion.lineItemUrl())));
    }

    private Double maximumOf(String lineItemUrl) {
        CourseLineItem item = lineItemUrl == null ? null : lineItems.get(lineItemUrl);
        return item == null ? null : item.scoreMaximum();
    }

    private Outcome evaluate(AwardRule condition, LearnerGrades grades, Map<String, String> levels) {
        if (condition instanceof AwardRule.CriterionAtLeast c) {
            return criterion(c, grades, levels);
        }
        if (condition instanceof AwardRule.TotalAtLeast t) {
            return total(t, levels);
        }
        if (condition instanceof AwardRule.LineItemAtLeast l) {
            return lineItem(l, grades);
        }
        if (condition instanceof AwardRule.AllOf all) {
            return combination(all.conditions(), all.conditions().size(), "all", grades, levels);
        }
        if (condition instanceof AwardRule.AnyOf any) {
            return combination(any.conditions(), 1, "any", grades, levels);
        }
        AwardRule.AtLeast atLeast = (AwardRule.AtLeast) condition;
        return combination(atLeast.conditions(), atLeast.count(), "atLeast", grades, levels);
    }

    private Outcome criterion(AwardRule.CriterionAtLeast condition, LearnerGrades grades, Map<String, String> levels) {
        Optional<RubricCriterion> found = rubric == null ? Optional.empty() : rubric.criterion(condition.criterionKey());
        if (found.isEmpty()) {
            return Outcome.leaf(false, "criterion_missing", "A condition refers to a rubric criterion that was deleted ("
                    + condition.criterionKey() + "); edit the badge's rule.");
        }
        RubricCriterion criterion = found.get();
        Optional<RubricLevel> required = criterion.level(condition.levelKey());
        if (required.isEmpty()) {
            return Outcome.leaf(false, "level_missing", criterion.name() + ": the required level was deleted from the rubric; edit the badge's rule.");
        }
        String wanted = criterion.name() + " at least " + required.get().name();
        if (criterion.lineItemUrl() == null) {
            return Outcome.leaf(false, "criterion_unbound", wanted + ": the criterion has no gradebook column yet.");
        }
        if (grades.grade(criterion.lineItemUrl()).map(Grade::score).isEmpty()) {
            return Outcome.leaf(false, "not_graded", wanted + ": not graded yet.");
        }
        String reachedKey = levels.get(criterion.key());
        RubricLevel reached = reachedKey == null ? null : criterion.level(reachedKey).orElse(null);
        if (reached != null && reached.points() >= required.get().points()) {
            return Outcome.leaf(true, "met", wanted + ": reached " + reached.name() + ".");
        }
        return Outcome.leaf(false, "below_level", wanted + ": reached " + (reached == null ? "no level" : reached.name()) + ".");
    }

    private Outcome total(AwardRule.TotalAtLeast condition, Map<String, String> levels) {
        if (rubric == null) {
            return Outcome.leaf(false, "rubric_missing", "A rubric total is required, but the badge has no rubric.");
        }
        double total = 0;
        for (RubricCriterion criterion : rubric.criteria()) {
            String key = levels.get(criterion.key());
            total += key == null ? 0 : criterion.level(key).map(RubricLevel::points).orElse(0.0);
        }
        String text = "Rubric total at least " + number(condition.points()) + " of " + number(rubric.maxTotal())
                + ": " + number(total) + ".";
        return Outcome.leaf(total + 1e-9 >= condition.points(), total + 1e-9 >= condition.points() ? "met" : "below_total", text);
    }

    private Outcome lineItem(AwardRule.LineItemAtLeast condition, LearnerGrades grades) {
        CourseLineItem item = lineItems.get(condition.lineItemUrl());
        String label = item != null && item.label() != null ? item.label() : condition.label();
        String wanted = label + " at least " + number(condition.percent()) + " %";
        if (item == null) {
            return Outcome.leaf(false, "line_item_missing", wanted + ": this gradebook column is no longer in the course.");
        }
        Double percent = grades.grade(condition.lineItemUrl()).map(grade -> grade.percent(item.scoreMaximum())).orElse(null);
        if (percent == null) {
            return Outcome.leaf(false, "not_graded", wanted + ": not graded yet.");
        }
        boolean holds = percent + 1e-9 >= condition.percent();
        return Outcome.leaf(holds, holds ? "met" : "below_threshold", wanted + ": " + number(percent) + " %.");
    }

    private Outcome combination(List<AwardRule> conditions, int needed, String kind, LearnerGrades grades,
            Map<String, String> levels) {
        List<Outcome> children = conditions.stream().map(child -> evaluate(child, grades, levels)).toList();
        long met = children.stream().filter(Outcome::holds).count();
        boolean holds = met >= needed;
        String text = switch (kind) {
            case "all" -> "All of " + children.size() + " conditions (" + met + " met)";
            case "any" -> "Any of " + children.size() + " conditions (" + met + " met)";
            default -> "At least " + needed + " of " + children.size() + " conditions (" + met + " met)";
        };
        return new Outcome(holds, holds ? "met" : "not_enough", text, children);
    }

    private String number(double value) {
        return numbers.format(value);
    }
}
