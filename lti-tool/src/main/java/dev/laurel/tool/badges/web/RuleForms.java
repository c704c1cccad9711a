package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.RubricLevel;
import dev.laurel.tool.badges.rules.AwardRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Between award rules and the rule part of the badge form. The form holds the rule's group: minimum levels per
 * criterion, a minimum rubric total, required gradebook columns and groups inside it (each a group of the same
 * kind, down to {@value #MAX_DEPTH} levels), combined with all / any / at least n. A stored rule the form cannot
 * show (a criterion or a total twice in one group, groups deeper than that) is kept unless the instructor replaces it.
 * Groups are named by their place, from 1: "group 2" is the rule's second group, "group 2.1" the first inside it.
 */
final class RuleForms {

    /** How deep groups nest below the rule's own: group 1, group 1.1, group 1.1.1. */
    static final int MAX_DEPTH = 3;

    static final String ADD_GROUP = "add-group";
    static final String REMOVE_GROUP = "remove-group";

    private RuleForms() {
    }

    /** The form of {@code rule}, or empty when the form cannot show it (see the class comment). */
    static Optional<BadgeForm.RuleForm> of(AwardRule rule, Rubric rubric) {
        return group(rule, 0).map(group -> aligned(BadgeForm.RuleForm.of(group, ""), rubric));
    }

    private static Optional<BadgeForm.GroupForm> group(AwardRule rule, int depth) {
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
        List<BadgeForm.GroupForm> groups = new ArrayList<>();
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
            else if (isGroup(condition) && depth < MAX_DEPTH) {
                Optional<BadgeForm.GroupForm> inner = group(condition, depth + 1);
                if (inner.isEmpty()) {
                    return Optional.empty();
                }
                groups.add(inner.get());
            }
            else {
                return Optional.empty();
            }
        }
        List<BadgeForm.CriterionRequirement> criteria = new ArrayList<>();
        levels.forEach((criterion, level) -> criteria.add(new BadgeForm.CriterionRequirement(criterion, level)));
        return Optional.of(new BadgeForm.GroupForm(combination, count, criteria, total == null ? "" : total, columns, groups));
    }

    private static boolean isGroup(AwardRule rule) {
        return rule instanceof AwardRule.AllOf || rule instanceof AwardRule.AnyOf || rule instanceof AwardRule.AtLeast;
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
        return new BadgeForm.RuleForm("all", "", criteria, "", List.of(new BadgeForm.ColumnRequirement("", "")), List.of(), "");
    }

    /**
     * The form with, in every group, one criterion row per criterion of {@code rubric} in rubric order (rows of other
     * criteria are dropped, new criteria have no minimum) and one empty column row to fill in.
     */
    static BadgeForm.RuleForm aligned(BadgeForm.RuleForm form, Rubric rubric) {
        return BadgeForm.RuleForm.of(aligned(form.group(), rubric), form.replace());
    }

    private static BadgeForm.GroupForm aligned(BadgeForm.GroupForm group, Rubric rubric) {
        Map<String, String> typed = new LinkedHashMap<>();
        group.criteria().forEach(row -> typed.putIfAbsent(row.criterionKey(), row.levelKey()));
        List<BadgeForm.CriterionRequirement> criteria = rubric == null ? List.of() : rubric.criteria().stream()
            .map(criterion -> new BadgeForm.CriterionRequirement(criterion.key(), typed.getOrDefault(criterion.key(), "")))
            .toList();
        List<BadgeForm.ColumnRequirement> columns = new ArrayList<>(group.columns().stream()
            .filter(row -> !row.url().isBlank() || !row.percent().isBlank()).toList());
        columns.add(new BadgeForm.ColumnRequirement("", ""));
        return new BadgeForm.GroupForm(group.combination(), group.count(), criteria, group.minTotal(), columns,
                group.groups().stream().map(inner -> aligned(inner, rubric)).toList());
    }

    /** Whether {@code action} is one of the group buttons ({@code add-group…}, {@code remove-group…}). */
    static boolean groupAction(String action) {
        return action != null && (action.equals(ADD_GROUP) || action.startsWith(ADD_GROUP + ":")
                || action.startsWith(REMOVE_GROUP + ":"));
    }

    /**
     * The form after one of its group buttons: {@code add-group} (a new group in the rule), {@code add-group:2.1} (a
     * new group inside group 2.1), {@code remove-group:2.1}; empty when {@code action} is none of these or names no
     * group of the form (or a group deeper than {@value #MAX_DEPTH} levels).
     */
    static Optional<BadgeForm.RuleForm> edited(BadgeForm.RuleForm form, String action) {
        if (!groupAction(action)) {
            return Optional.empty();
        }
        boolean add = !action.startsWith(REMOVE_GROUP);
        boolean remove = !add;
        Optional<List<Integer>> path = path(action.substring(action.indexOf(':') + 1), add && !action.contains(":"));
        if (path.isEmpty() || (remove && path.get().isEmpty()) || (add && path.get().size() >= MAX_DEPTH)) {
            return Optional.empty();
        }
        return edited(form.group(), path.get(), add).map(group -> BadgeForm.RuleForm.of(group, form.replace()));
    }

    private static Optional<BadgeForm.GroupForm> edited(BadgeForm.GroupForm group, List<Integer> path, boolean add) {
        if (path.isEmpty()) {
            List<BadgeForm.GroupForm> groups = new ArrayList<>(group.groups());
            groups.add(BadgeForm.GroupForm.empty());
            return Optional.of(group.withGroups(groups));
        }
        int index = path.get(0);
        if (index >= group.groups().size()) {
            return Optional.empty();
        }
        List<BadgeForm.GroupForm> groups = new ArrayList<>(group.groups());
        if (!add && path.size() == 1) {
            groups.remove(index);
            return Optional.of(group.withGroups(groups));
        }
        return edited(groups.get(index), path.subList(1, path.size()), add).map(inner -> {
            groups.set(index, inner);
            return group.withGroups(groups);
        });
    }

    /** "2.1" as the 0-based indexes [1, 0]; {@code top}: the rule's own group (no path). */
    private static Optional<List<Integer>> path(String label, boolean top) {
        if (top) {
            return Optional.of(List.of());
        }
        if (!label.matches("[1-9]\\d{0,2}(\\.[1-9]\\d{0,2}){0," + (MAX_DEPTH - 1) + "}")) {
            return Optional.empty();
        }
        List<Integer> path = new ArrayList<>();
        for (String part : label.split("\\.")) {
            path.add(Integer.parseInt(part) - 1);
        }
        return Optional.of(path);
    }
}
