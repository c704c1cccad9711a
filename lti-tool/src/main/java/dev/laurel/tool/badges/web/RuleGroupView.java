package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.rubric.Rubric;
import java.util.ArrayList;
import java.util.List;

/**
 * One group of the rule form as the badge page draws it: its fields' name prefix ({@code rule},
 * {@code rule.groups[1].groups[0]}), its label ("" for the rule's own group, "2.1" for the first group inside the
 * second), its depth, what was typed, its criterion rows with the rubric's criteria, and the groups inside it.
 */
record RuleGroupView(String prefix, String label, int depth, BadgeForm.GroupForm form,
        List<BadgePageView.CriterionRuleRow> criteria, List<RuleGroupView> groups) {

    /** The view of the rule's own group and every group inside it (the form aligned with the rubric). */
    static RuleGroupView of(BadgeForm.RuleForm rule, Rubric rubric) {
        return of(rule.group(), "rule", "", 0, rubric);
    }

    private static RuleGroupView of(BadgeForm.GroupForm group, String prefix, String label, int depth, Rubric rubric) {
        List<BadgePageView.CriterionRuleRow> rows = new ArrayList<>();
        if (rubric != null) {
            for (BadgeForm.CriterionRequirement requirement : group.criteria()) {
                rubric.criterion(requirement.criterionKey())
                    .ifPresent(criterion -> rows.add(new BadgePageView.CriterionRuleRow(criterion, requirement.levelKey())));
            }
        }
        List<RuleGroupView> inner = new ArrayList<>();
        for (int i = 0; i < group.groups().size(); i++) {
            inner.add(of(group.groups().get(i), prefix + ".groups[" + i + "]", label.isEmpty() ? String.valueOf(i + 1)
                    : label + "." + (i + 1), depth + 1, rubric));
        }
        return new RuleGroupView(prefix, label, depth, group, rows, inner);
    }

    /** Whether a group may be added inside this one. */
    public boolean canNest() {
        return depth < RuleForms.MAX_DEPTH;
    }

    /** A suffix for element ids unique to this group ("" for the rule's own). */
    public String idSuffix() {
        return label.isEmpty() ? "" : "-" + label.replace('.', '-');
    }

    /** How the page names the group in labels: "" for the rule's own, " in group 2.1" for others. */
    public String where() {
        return label.isEmpty() ? "" : " in group " + label;
    }

    /** The value of the button that adds a group inside this one. */
    public String addAction() {
        return label.isEmpty() ? RuleForms.ADD_GROUP : RuleForms.ADD_GROUP + ":" + label;
    }

    /** The value of the button that removes this group. */
    public String removeAction() {
        return RuleForms.REMOVE_GROUP + ":" + label;
    }
}
