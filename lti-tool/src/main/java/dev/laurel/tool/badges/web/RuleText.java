package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.RubricLevel;
import dev.laurel.tool.badges.rules.AwardRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An award rule in plain words, one line per condition with its depth in the rule's groups. */
final class RuleText {

    private RuleText() {
    }

    /** One line of a described rule. */
    record Line(int depth, String text) {
    }

    static List<Line> lines(AwardRule rule, Rubric rubric, Map<String, String> columnLabels) {
        List<Line> lines = new ArrayList<>();
        describe(rule, rubric, columnLabels, 0, lines);
        return lines;
    }

    private static void describe(AwardRule rule, Rubric rubric, Map<String, String> labels, int depth, List<Line> lines) {
        if (rule instanceof AwardRule.CriterionAtLeast c) {
            Optional<RubricCriterion> criterion = rubric == null ? Optional.empty() : rubric.criterion(c.criterionKey());
            String level = criterion.flatMap(found -> found.level(c.levelKey())).map(RubricLevel::name)
                .orElse("a deleted level");
            lines.add(new Line(depth, criterion.map(RubricCriterion::name).orElse("A deleted criterion") + " at least " + level));
        }
        else if (rule instanceof AwardRule.TotalAtLeast t) {
            lines.add(new Line(depth, "Rubric total at least " + RubricForm.points(t.points())
                    + (rubric == null ? "" : " of " + RubricForm.points(rubric.maxTotal()))));
        }
        else if (rule instanceof AwardRule.LineItemAtLeast l) {
            String label = labels.getOrDefault(l.lineItemUrl(), l.label() + " (no longer in the course)");
            lines.add(new Line(depth, label + " at least " + RubricForm.points(l.percent()) + " %"));
        }
        else if (rule instanceof AwardRule.AllOf all) {
            lines.add(new Line(depth, "All of:"));
            all.conditions().forEach(child -> describe(child, rubric, labels, depth + 1, lines));
        }
        else if (rule instanceof AwardRule.AnyOf any) {
            lines.add(new Line(depth, "Any of:"));
            any.conditions().forEach(child -> describe(child, rubric, labels, depth + 1, lines));
        }
        else if (rule instanceof AwardRule.AtLeast atLeast) {
            lines.add(new Line(depth, "At least " + atLeast.count() + " of:"));
            atLeast.conditions().forEach(child -> describe(child, rubric, labels, depth + 1, lines));
        }
    }
}
