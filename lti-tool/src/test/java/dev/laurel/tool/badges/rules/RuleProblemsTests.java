package dev.laurel.tool.badges.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.tool.badges.SyncedCourseFixture;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The warnings of a rule against its rubric and the synced gradebook, with the evaluator's codes. */
class RuleProblemsTests {

    private static final String QUIZ = "https://lms.example/lineitems/quiz";
    private final Rubric rubric = new Rubric(1, 1, "Report", "", List.of(
            new RubricCriterion("analysis", "Analysis", "", QUIZ, SyncedCourseFixture.LEVELS, List.of()),
            new RubricCriterion("writing", "Writing", "", null, SyncedCourseFixture.LEVELS, List.of())));
    private final Map<String, CourseLineItem> columns = Map.of(QUIZ, new CourseLineItem(QUIZ, "Quiz", 10.0));

    @Test
    void aRuleOnExistingCriteriaLevelsAndColumnsHasNoProblems() {
        AwardRule rule = new AwardRule.AllOf(List.of(new AwardRule.CriterionAtLeast("analysis", "proficient"),
                new AwardRule.TotalAtLeast(6), new AwardRule.LineItemAtLeast(QUIZ, "Quiz", 50)));

        assertThat(RuleProblems.of(rule, rubric, columns)).isEmpty();
    }

    @Test
    void deletedCriterionLevelAndColumnAreReportedWithTheEvaluatorsCodes() {
        AwardRule rule = new AwardRule.AnyOf(List.of(new AwardRule.CriterionAtLeast("gone", "proficient"),
                new AwardRule.AllOf(List.of(new AwardRule.CriterionAtLeast("analysis", "master"),
                        new AwardRule.LineItemAtLeast("https://lms.example/lineitems/deleted", "Old quiz", 50)))));

        assertThat(RuleProblems.of(rule, rubric, columns)).extracting(RuleProblems.Problem::code)
            .containsExactly("criterion_missing", "level_missing", "line_item_missing");
    }

    @Test
    void unboundCriterionUnreachableTotalAndImpossibleCombinationsAreReported() {
        AwardRule rule = new AwardRule.AtLeast(3, List.of(new AwardRule.CriterionAtLeast("writing", "beginning"),
                new AwardRule.TotalAtLeast(7), new AwardRule.AnyOf(List.of()), new AwardRule.AllOf(List.of())));

        assertThat(RuleProblems.of(rule, rubric, columns)).extracting(RuleProblems.Problem::code)
            .containsExactly("criterion_unbound", "total_unreachable", "rule_never", "rule_empty");
        assertThat(RuleProblems.of(new AwardRule.AtLeast(2, List.of(new AwardRule.TotalAtLeast(1))), rubric, columns))
            .extracting(RuleProblems.Problem::code).containsExactly("rule_count_too_high");
    }

    @Test
    void rubricConditionsWithoutRubricAreReportedAndColumnsAreNotCheckedBeforeTheFirstSync() {
        AwardRule rule = new AwardRule.AllOf(List.of(new AwardRule.CriterionAtLeast("analysis", "proficient"),
                new AwardRule.LineItemAtLeast("https://lms.example/lineitems/unknown", "Unknown", 50)));

        assertThat(RuleProblems.of(rule, null, null)).extracting(RuleProblems.Problem::code).containsExactly("rubric_missing");
    }
}
