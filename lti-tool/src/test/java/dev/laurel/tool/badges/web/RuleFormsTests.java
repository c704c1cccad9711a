package dev.laurel.tool.badges.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.RubricLevel;
import dev.laurel.tool.badges.rules.AwardRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/** The rule part of the badge form: rules with nested groups to the form and back, the group buttons, refusals. */
class RuleFormsTests {

    private static final List<RubricLevel> LEVELS = List.of(new RubricLevel("beginning", "Beginning", "", 0),
            new RubricLevel("developing", "Developing", "", 1), new RubricLevel("proficient", "Proficient", "", 2),
            new RubricLevel("exemplary", "Exemplary", "", 3));
    private static final Rubric RUBRIC = new Rubric(1, 1, "Competencies", "", IntStream.range(0, 4)
        .mapToObj(i -> new RubricCriterion("c" + i, "Criterion " + i, "", "https://lms.example/li/c" + i, LEVELS, List.of()))
        .toList());
    private static final Map<String, String> COLUMNS = Map.of("https://lms.example/li/quiz", "Quiz",
            "https://lms.example/li/final", "Final exam");

    @Property(tries = 300)
    void everyRuleWithGroupsUpToTheFormsDepthComesBackFromItsFormUnchanged(@ForAll("groups") AwardRule rule) {
        BadgeForm.RuleForm form = RuleForms.of(rule, RUBRIC).orElseThrow();
        List<PageProblem> problems = new ArrayList<>();

        AwardRule read = RuleFormReader.read(form, RUBRIC, COLUMNS, Map.of(), problems);

        assertThat(problems).isEmpty();
        assertThat(read).isEqualTo(rule);
    }

    @Property(tries = 100)
    void addingAGroupAndRemovingItLeavesTheFormAsItWas(@ForAll("groups") AwardRule rule) {
        BadgeForm.RuleForm form = RuleForms.of(rule, RUBRIC).orElseThrow();
        String inside = form.groups().isEmpty() ? "" : ":1";
        BadgeForm.RuleForm added = RuleForms.edited(form, RuleForms.ADD_GROUP + inside).orElseThrow();
        int count = inside.isEmpty() ? added.groups().size() : added.groups().get(0).groups().size();
        BadgeForm.RuleForm removed = RuleForms.edited(added, RuleForms.REMOVE_GROUP + ":"
                + (inside.isEmpty() ? "" : "1.") + count).orElseThrow();

        assertThat(removed).isEqualTo(form);
    }

    @Example
    void aRuleTheFormCannotShowHasNoForm() {
        AwardRule twiceInOneGroup = new AwardRule.AnyOf(List.of(new AwardRule.CriterionAtLeast("c0", "exemplary"),
                new AwardRule.CriterionAtLeast("c0", "proficient")));
        AwardRule fourDeep = nest(new AwardRule.CriterionAtLeast("c0", "proficient"), RuleForms.MAX_DEPTH + 1);
        AwardRule threeDeep = nest(new AwardRule.CriterionAtLeast("c0", "proficient"), RuleForms.MAX_DEPTH);

        assertThat(RuleForms.of(twiceInOneGroup, RUBRIC)).isEmpty();
        assertThat(RuleForms.of(fourDeep, RUBRIC)).isEmpty();
        assertThat(RuleForms.of(threeDeep, RUBRIC)).isPresent();
    }

    @Example
    void groupButtonsForNoGroupOfTheFormOrTooDeepChangeNothing() {
        BadgeForm.RuleForm form = RuleForms.of(nest(new AwardRule.CriterionAtLeast("c0", "proficient"), RuleForms.MAX_DEPTH),
                RUBRIC).orElseThrow();

        for (String action : List.of("add-group:1.1.1", "add-group:2", "remove-group:3", "remove-group:", "remove-group",
                "add-group:0", "add-group:1..1", "add-group:x", "add-group:1.1.1.1.1", "save", "refresh")) {
            assertThat(RuleForms.edited(form, action)).as(action).isEmpty();
        }
        assertThat(RuleForms.groupAction("add-group:1.1.1")).isTrue();
        assertThat(RuleForms.groupAction("refresh")).isFalse();
        assertThat(RuleForms.edited(form, "add-group:1.1")).get()
            .satisfies(edited -> assertThat(edited.groups().get(0).groups().get(0).groups()).hasSize(2));
        assertThat(RuleForms.edited(form, "remove-group:1.1.1")).get()
            .satisfies(edited -> assertThat(edited.groups().get(0).groups().get(0).groups()).isEmpty());
    }

    @Example
    void emptyGroupsImpossibleCountsAndGroupsTooDeepAreProblemsNamingTheGroup() {
        BadgeForm.GroupForm empty = BadgeForm.GroupForm.empty();
        BadgeForm.GroupForm twoOfOne = new BadgeForm.GroupForm("atLeast", "2", List.of(
                new BadgeForm.CriterionRequirement("c1", "proficient")), "", List.of(), List.of());
        BadgeForm.GroupForm deep = empty.withGroups(List.of(empty.withGroups(List.of(empty.withGroups(List.of(
                twoOfOne))))));
        BadgeForm.RuleForm form = new BadgeForm.RuleForm("all", "", List.of(new BadgeForm.CriterionRequirement("c0",
                "proficient")), "", List.of(), List.of(empty, twoOfOne, deep), "");
        List<PageProblem> problems = new ArrayList<>();

        RuleFormReader.read(form, RUBRIC, COLUMNS, Map.of(), problems);

        assertThat(problems).extracting(PageProblem::code)
            .containsExactly("rule_group_empty", "rule_count_invalid", "rule_too_deep");
        assertThat(problems.get(0).message()).startsWith("Group 1 has no condition");
        assertThat(problems.get(1).message()).contains("in group 2 needs a number from 1 to the number of its conditions (1)");
        assertThat(problems.get(2).message()).contains("group 3.1.1.1 is deeper");
    }

    private static AwardRule nest(AwardRule leaf, int groups) {
        AwardRule rule = leaf;
        for (int i = 0; i < groups; i++) {
            rule = new AwardRule.AllOf(List.of(rule));
        }
        return new AwardRule.AllOf(List.of(rule));
    }

    /** Rules as the form writes them: per group its criteria (rubric order), total, columns, then its groups. */
    @Provide
    Arbitrary<AwardRule> groups() {
        return group(0);
    }

    private Arbitrary<AwardRule> group(int depth) {
        Arbitrary<List<AwardRule>> criteria = Arbitraries.of("beginning", "developing", "proficient", "exemplary")
            .injectNull(0.5).list().ofSize(RUBRIC.criteria().size())
            .map(levels -> {
                List<AwardRule> conditions = new ArrayList<>();
                for (int i = 0; i < levels.size(); i++) {
                    if (levels.get(i) != null) {
                        conditions.add(new AwardRule.CriterionAtLeast("c" + i, levels.get(i)));
                    }
                }
                return conditions;
            });
        Arbitrary<List<AwardRule>> total = Arbitraries.integers().between(0, 12).injectNull(0.7)
            .map(points -> points == null ? List.<AwardRule>of() : List.of(new AwardRule.TotalAtLeast(points)));
        Arbitrary<List<AwardRule>> columns = Arbitraries.subsetOf(COLUMNS.keySet()).flatMap(urls -> Arbitraries.integers()
            .between(0, 100).list().ofSize(urls.size()).map(percents -> {
                List<String> sorted = urls.stream().sorted().toList();
                List<AwardRule> conditions = new ArrayList<>();
                for (int i = 0; i < sorted.size(); i++) {
                    conditions.add(new AwardRule.LineItemAtLeast(sorted.get(i), COLUMNS.get(sorted.get(i)), percents.get(i)));
                }
                return conditions;
            }));
        Arbitrary<List<AwardRule>> inner = depth >= RuleForms.MAX_DEPTH ? Arbitraries.just(List.of())
                : Arbitraries.lazy(() -> group(depth + 1)).list().ofMaxSize(depth == 0 ? 2 : 1);
        return Combinators.combine(criteria, total, columns, inner, Arbitraries.of("all", "any", "atLeast"),
                Arbitraries.integers().between(1, 8))
            .as((levels, totals, required, groups, combination, count) -> {
                List<AwardRule> conditions = new ArrayList<>(levels);
                conditions.addAll(totals);
                conditions.addAll(required);
                conditions.addAll(groups);
                return conditions.isEmpty() ? null : combine(combination, Math.min(count, conditions.size()), conditions);
            })
            .filter(java.util.Objects::nonNull);
    }

    private static AwardRule combine(String combination, int count, List<AwardRule> conditions) {
        return switch (combination) {
            case "any" -> new AwardRule.AnyOf(conditions);
            case "atLeast" -> new AwardRule.AtLeast(count, conditions);
            default -> new AwardRule.AllOf(conditions);
        };
    }
}
