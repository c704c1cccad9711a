package dev.laurel.tool.badges.rules;

import static dev.laurel.tool.badges.rules.TestRubrics.grades;
import static dev.laurel.tool.badges.rules.TestRubrics.lineItems;
import static dev.laurel.tool.badges.rules.TestRubrics.rubric;
import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rules.AwardRule.AllOf;
import dev.laurel.tool.badges.rules.AwardRule.AnyOf;
import dev.laurel.tool.badges.rules.AwardRule.AtLeast;
import dev.laurel.tool.badges.rules.AwardRule.CriterionAtLeast;
import dev.laurel.tool.badges.rules.AwardRule.LineItemAtLeast;
import dev.laurel.tool.badges.rules.AwardRule.TotalAtLeast;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RuleEvaluatorTests {

    private final Rubric rubric = rubric(3);

    private Verdict evaluate(AwardRule rule, LearnerGrades grades) {
        return new RuleEvaluator(rule, rubric, lineItems(3)).evaluate(grades);
    }

    @Test
    void criterionAtLeastHoldsAtTheRequiredLevelAndAbove() {
        AwardRule rule = new CriterionAtLeast("c0", "proficient");
        assertThat(evaluate(rule, grades(2)).qualifies()).isTrue();
        assertThat(evaluate(rule, grades(3)).qualifies()).isTrue();
        Verdict below = evaluate(rule, grades(1));
        assertThat(below.qualifies()).isFalse();
        assertThat(below.explanation().code()).isEqualTo("below_level");
        assertThat(below.explanation().text()).contains("Criterion 0 at least Proficient").contains("reached Developing");
    }

    @Test
    void criterionNotGradedSaysSo() {
        Verdict verdict = evaluate(new CriterionAtLeast("c1", "developing"), grades(3));
        assertThat(verdict.qualifies()).isFalse();
        assertThat(verdict.explanation().code()).isEqualTo("not_graded");
    }

    @Test
    void ruleReferencingDeletedCriterionDoesNotHoldAndNamesTheProblem() {
        Verdict verdict = evaluate(new CriterionAtLeast("deleted-criterion", "proficient"), grades(3, 3, 3));
        assertThat(verdict.qualifies()).isFalse();
        assertThat(verdict.explanation().code()).isEqualTo("criterion_missing");
        assertThat(verdict.explanation().text()).contains("deleted");
    }

    @Test
    void ruleReferencingDeletedLevelDoesNotHold() {
        assertThat(evaluate(new CriterionAtLeast("c0", "gone"), grades(3)).explanation().code()).isEqualTo("level_missing");
    }

    @Test
    void scoresOnAnotherScaleAreScaledToTheRubricsPoints() {
        // a line item out of 100 mapped onto levels worth 0..3: 70/100 = 2.1 points = Proficient
        LearnerGrades grades = new LearnerGrades("u", Map.of(TestRubrics.lineItem(0), new Grade(70.0, 100.0)));
        Verdict verdict = evaluate(new CriterionAtLeast("c0", "proficient"), grades);
        assertThat(verdict.qualifies()).isTrue();
        assertThat(verdict.levels()).containsEntry("c0", "proficient");
    }

    @Test
    void totalAtLeastAddsTheReachedLevelsPoints() {
        assertThat(evaluate(new TotalAtLeast(6), grades(3, 2, 1)).qualifies()).isTrue();
        Verdict below = evaluate(new TotalAtLeast(7), grades(3, 2, 1));
        assertThat(below.qualifies()).isFalse();
        assertThat(below.explanation().code()).isEqualTo("below_total");
        assertThat(below.explanation().text()).contains("at least 7 of 9: 6");
    }

    @Test
    void lineItemAtLeastComparesThePercentage() {
        AwardRule rule = new LineItemAtLeast("https://lms.example/li/final", "Final exam", 60);
        LearnerGrades passed = new LearnerGrades("u", Map.of("https://lms.example/li/final", new Grade(30.0, 50.0)));
        LearnerGrades failed = new LearnerGrades("u", Map.of("https://lms.example/li/final", new Grade(29.0, 50.0)));
        assertThat(evaluate(rule, passed).qualifies()).isTrue();
        assertThat(evaluate(rule, failed).explanation().code()).isEqualTo("below_threshold");
    }

    @Test
    void lineItemRemovedFromTheCourseDoesNotHold() {
        AwardRule rule = new LineItemAtLeast("https://lms.example/li/removed", "Quiz 3", 50);
        Verdict verdict = evaluate(rule, new LearnerGrades("u", Map.of("https://lms.example/li/removed", new Grade(9.0, 10.0))));
        assertThat(verdict.qualifies()).isFalse();
        assertThat(verdict.explanation().code()).isEqualTo("line_item_missing");
    }

    @Test
    void allOfNeedsEveryCondition() {
        AwardRule rule = new AllOf(List.of(new CriterionAtLeast("c0", "proficient"), new CriterionAtLeast("c1", "proficient")));
        assertThat(evaluate(rule, grades(2, 2)).qualifies()).isTrue();
        Verdict verdict = evaluate(rule, grades(2, 1));
        assertThat(verdict.qualifies()).isFalse();
        assertThat(verdict.explanation().missing()).singleElement()
            .satisfies(missing -> assertThat(missing.text()).startsWith("Criterion 1"));
    }

    @Test
    void emptyAllOfHoldsAndEmptyAnyOfDoesNot() {
        assertThat(evaluate(new AllOf(List.of()), grades()).qualifies()).isTrue();
        assertThat(evaluate(new AnyOf(List.of()), grades()).qualifies()).isFalse();
    }

    @Test
    void anyOfNeedsOneCondition() {
        AwardRule rule = new AnyOf(List.of(new CriterionAtLeast("c0", "exemplary"), new CriterionAtLeast("c1", "exemplary")));
        assertThat(evaluate(rule, grades(1, 3)).qualifies()).isTrue();
        assertThat(evaluate(rule, grades(2, 2)).explanation().code()).isEqualTo("not_enough");
    }

    @Test
    void atLeastNCountsTheConditionsThatHold() {
        AwardRule rule = new AtLeast(2, List.of(new CriterionAtLeast("c0", "proficient"),
                new CriterionAtLeast("c1", "proficient"), new CriterionAtLeast("c2", "proficient")));
        assertThat(evaluate(rule, grades(2, 0, 3)).qualifies()).isTrue();
        Verdict one = evaluate(rule, grades(2, 0, 1));
        assertThat(one.qualifies()).isFalse();
        assertThat(one.explanation().text()).isEqualTo("At least 2 of 3 conditions (1 met)");
    }

    @Test
    void everyCriterionAtLeastBuildsOneConditionPerCriterion() {
        AwardRule rule = AwardRule.everyCriterionAtLeast(rubric, "Proficient");
        assertThat(evaluate(rule, grades(2, 3, 2)).qualifies()).isTrue();
        assertThat(evaluate(rule, grades(2, 3, 1)).qualifies()).isFalse();
    }

    @Test
    void verdictListsTheLevelReachedOnEachGradedCriterion() {
        assertThat(evaluate(new AllOf(List.of()), grades(0, 3, null)).levels())
            .containsExactly(Map.entry("c0", "beginning"), Map.entry("c1", "exemplary"));
    }

    @Test
    void rulesRoundTripThroughJson() {
        JsonMapper mapper = JsonMapper.builder().build();
        AwardRule rule = new AnyOf(List.of(new AtLeast(1, List.of(new TotalAtLeast(5))),
                new AllOf(List.of(new CriterionAtLeast("c0", "proficient"), new LineItemAtLeast("u", "Quiz", 50)))));
        String json = mapper.writeValueAsString(rule);
        assertThat(json).contains("\"type\":\"any\"").contains("\"type\":\"lineItem\"");
        assertThat(mapper.readValue(json, AwardRule.class)).isEqualTo(rule);
    }
}
