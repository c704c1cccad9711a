package dev.laurel.tool.badges.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.tool.badges.rubric.Rubric;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties every award rule has, over random rules and random grades of a four-criterion rubric. */
class AwardRulePropertiesTests {

    private static final int CRITERIA = 4;
    private final Rubric rubric = TestRubrics.rubric(CRITERIA);
    private final Map<String, CourseLineItem> lineItems = TestRubrics.lineItems(CRITERIA);

    private boolean qualifies(AwardRule rule, LearnerGrades grades) {
        return new RuleEvaluator(rule, rubric, lineItems).evaluate(grades).qualifies();
    }

    @Property
    void raisingAGradeNeverRevokesEligibility(@ForAll("rules") AwardRule rule, @ForAll("grades") LearnerGrades grades,
            @ForAll("lineItemUrls") String raised) {
        Map<String, Grade> better = new LinkedHashMap<>(grades.byLineItem());
        Grade old = better.get(raised);
        double max = lineItems.get(raised).scoreMaximum();
        better.put(raised, new Grade(old == null || old.score() == null ? max : Math.min(max, old.score() + 1), max));
        if (qualifies(rule, grades)) {
            assertThat(qualifies(rule, new LearnerGrades(grades.userId(), better))).isTrue();
        }
    }

    @Property
    void addingASatisfiedConditionToAnyNeverRevokesEligibility(@ForAll("rules") AwardRule rule,
            @ForAll("rules") AwardRule extra, @ForAll("grades") LearnerGrades grades) {
        boolean before = qualifies(new AwardRule.AnyOf(List.of(rule)), grades);
        boolean after = qualifies(new AwardRule.AnyOf(List.of(rule, extra)), grades);
        assertThat(!before || after).isTrue();
    }

    @Property
    void addingAConditionThatHoldsToAllNeverRevokesEligibility(@ForAll("rules") AwardRule rule,
            @ForAll("rules") AwardRule extra, @ForAll("grades") LearnerGrades grades) {
        if (qualifies(extra, grades) && qualifies(rule, grades)) {
            assertThat(qualifies(new AwardRule.AllOf(List.of(rule, extra)), grades)).isTrue();
        }
    }

    @Property
    void orderOfResultsDoesNotMatter(@ForAll("rules") AwardRule rule, @ForAll("grades") LearnerGrades grades,
            @ForAll long seed) {
        List<Map.Entry<String, Grade>> entries = new ArrayList<>(grades.byLineItem().entrySet());
        Collections.shuffle(entries, new Random(seed));
        Map<String, Grade> shuffled = new LinkedHashMap<>();
        entries.forEach(entry -> shuffled.put(entry.getKey(), entry.getValue()));
        Verdict original = new RuleEvaluator(rule, rubric, lineItems).evaluate(grades);
        Verdict reordered = new RuleEvaluator(rule, rubric, lineItems).evaluate(new LearnerGrades(grades.userId(), shuffled));
        assertThat(reordered).isEqualTo(original);
    }

    @Property
    void orderOfConditionsInACombinationDoesNotChangeTheVerdict(@ForAll("combinations") AwardRule rule,
            @ForAll("grades") LearnerGrades grades, @ForAll long seed) {
        AwardRule reordered = reversedConditions(rule, seed);
        assertThat(qualifies(reordered, grades)).isEqualTo(qualifies(rule, grades));
    }

    @Property
    void evaluationIsDeterministic(@ForAll("rules") AwardRule rule, @ForAll("grades") LearnerGrades grades) {
        assertThat(new RuleEvaluator(rule, rubric, lineItems).evaluate(grades))
            .isEqualTo(new RuleEvaluator(rule, rubric, lineItems).evaluate(grades));
    }

    @Property
    void atLeastOneIsAnyAndAtLeastAllIsAll(@ForAll("ruleLists") List<AwardRule> conditions,
            @ForAll("grades") LearnerGrades grades) {
        assertThat(qualifies(new AwardRule.AtLeast(1, conditions), grades))
            .isEqualTo(qualifies(new AwardRule.AnyOf(conditions), grades));
        if (!conditions.isEmpty()) {
            assertThat(qualifies(new AwardRule.AtLeast(conditions.size(), conditions), grades))
                .isEqualTo(qualifies(new AwardRule.AllOf(conditions), grades));
        }
    }

    @Property
    void aLearnerWhoQualifiesMissesNothingAndOneWhoDoesNotMissesSomething(@ForAll("rules") AwardRule rule,
            @ForAll("grades") LearnerGrades grades) {
        Verdict verdict = new RuleEvaluator(rule, rubric, lineItems).evaluate(grades);
        if (!verdict.qualifies()) {
            assertThat(verdict.explanation().missing()).isNotEmpty();
        }
        if (verdict.explanation().children().isEmpty() && verdict.qualifies()) {
            assertThat(verdict.explanation().missing()).isEmpty();
        }
    }

    private static AwardRule reversedConditions(AwardRule rule, long seed) {
        List<AwardRule> shuffled;
        if (rule instanceof AwardRule.AllOf all) {
            shuffled = new ArrayList<>(all.conditions());
            Collections.shuffle(shuffled, new Random(seed));
            return new AwardRule.AllOf(shuffled);
        }
        if (rule instanceof AwardRule.AnyOf any) {
            shuffled = new ArrayList<>(any.conditions());
            Collections.shuffle(shuffled, new Random(seed));
            return new AwardRule.AnyOf(shuffled);
        }
        if (rule instanceof AwardRule.AtLeast atLeast) {
            shuffled = new ArrayList<>(atLeast.conditions());
            Collections.shuffle(shuffled, new Random(seed));
            return new AwardRule.AtLeast(atLeast.count(), shuffled);
        }
        return rule;
    }

    @Provide
    Arbitrary<String> lineItemUrls() {
        return Arbitraries.of(List.copyOf(lineItems.keySet()));
    }

    @Provide
    Arbitrary<LearnerGrades> grades() {
        Map<String, Arbitrary<Grade>> perItem = new LinkedHashMap<>();
        return Arbitraries.maps(lineItemUrls(), Arbitraries.integers().between(0, 50)).ofMaxSize(CRITERIA + 1)
            .map(raw -> {
                Map<String, Grade> grades = new LinkedHashMap<>();
                raw.forEach((url, value) -> {
                    double max = lineItems.get(url).scoreMaximum();
                    grades.put(url, new Grade(Math.min(max, value * max / 50), max));
                });
                return new LearnerGrades("learner", grades);
            });
    }

    @Provide
    Arbitrary<AwardRule> rules() {
        return rule(3);
    }

    @Provide
    Arbitrary<AwardRule> combinations() {
        return combination(rule(2));
    }

    @Provide
    Arbitrary<List<AwardRule>> ruleLists() {
        return rule(2).list().ofMaxSize(4);
    }

    private Arbitrary<AwardRule> rule(int depth) {
        Arbitrary<AwardRule> leaf = Arbitraries.oneOf(criterion(), total(), lineItem());
        return depth <= 0 ? leaf : Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(1, combination(rule(depth - 1))));
    }

    private Arbitrary<AwardRule> combination(Arbitrary<AwardRule> inner) {
        Arbitrary<List<AwardRule>> lists = inner.list().ofMaxSize(4);
        return Arbitraries.oneOf(lists.map(AwardRule.AllOf::new), lists.map(AwardRule.AnyOf::new),
                Combinators.combine(Arbitraries.integers().between(1, 4), lists).as(AwardRule.AtLeast::new));
    }

    private Arbitrary<AwardRule> criterion() {
        Arbitrary<String> keys = Arbitraries.of("c0", "c1", "c2", "c3", "deleted");
        Arbitrary<String> levels = Arbitraries.of("beginning", "developing", "proficient", "exemplary");
        return Combinators.combine(keys, levels).as(AwardRule.CriterionAtLeast::new);
    }

    private Arbitrary<AwardRule> total() {
        return Arbitraries.integers().between(0, 13).map(points -> new AwardRule.TotalAtLeast(points));
    }

    private Arbitrary<AwardRule> lineItem() {
        return Combinators.combine(Arbitraries.of("https://lms.example/li/final", "https://lms.example/li/c2",
                "https://lms.example/li/gone"), Arbitraries.integers().between(0, 100))
            .as((url, percent) -> new AwardRule.LineItemAtLeast(url, null, percent));
    }
}
