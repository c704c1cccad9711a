package dev.laurel.tool.badges.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.badges.SyncedCourseFixture;
import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.BadgeException;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.badge.IssuanceMode;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricException;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.badges.rules.AwardRule;
import dev.laurel.tool.coursesync.CourseKey;
import dev.laurel.tool.coursesync.CourseSyncCompletedEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Rubrics and badges stored, then evaluated over a synced course after the sync's completion event. */
@ToolTest
@DatabaseTest
@RecordApplicationEvents
class BadgeEvaluationServiceTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Rubrics rubrics;

    @Autowired
    Badges badges;

    @Autowired
    Eligibilities eligibilities;

    @Autowired
    BadgeEvaluationService evaluation;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    ApplicationEvents events;

    private SyncedCourseFixture course;
    private String analysis;
    private String writing;
    private Rubric rubric;

    @BeforeEach
    void syncedCourse() {
        course = SyncedCourseFixture.create(jdbc, 7);
        analysis = course.lineItem("Report – Analysis", 3);
        writing = course.lineItem("Report – Writing", 3);
        course.member("teacher", SyncedCourseFixture.INSTRUCTOR, "Active");
        course.member("ada", SyncedCourseFixture.LEARNER, "Active");
        course.member("bob", SyncedCourseFixture.LEARNER, "Active");
        course.member("cy", SyncedCourseFixture.LEARNER, "Inactive");
        course.result(analysis, "ada", 3, 3);
        course.result(writing, "ada", 2, 3);
        course.result(analysis, "bob", 3, 3);
        course.result(writing, "bob", 1, 3);
        course.result(analysis, "cy", 3, 3);
        course.result(writing, "cy", 3, 3);
        rubric = rubrics.create(course.rubric("Report rubric", List.of(analysis, writing)));
    }

    private Badge badge(String name, AwardRule rule) {
        return badges.create(new Badge(0, course.courseId, "pending", name, "Awarded for strong reports",
                "Proficient or better on every criterion of the report rubric", null, rubric.id(), rule, null, null,
                null, IssuanceMode.MANUAL, null, false, null, null));
    }

    @Test
    void syncCompletionEvaluatesEveryLearnerAndExplainsEachVerdict() {
        Badge badge = badge("Report writer", AwardRule.everyCriterionAtLeast(rubric, "Proficient"));

        publisher.publishEvent(new CourseSyncCompletedEvent(new CourseKey(course.registrationId, course.deploymentId,
                course.contextId), course.syncId, 4, 2, 6, Instant.now()));

        assertThat(eligibilities.qualifying(badge.id())).extracting(Eligibility::userId).containsExactly("ada");
        Eligibility bob = eligibilities.find(badge.id(), "bob").orElseThrow();
        assertThat(bob.qualifies()).isFalse();
        assertThat(bob.explanation().missing()).singleElement()
            .satisfies(missing -> assertThat(missing.text()).contains("Criterion 1 at least Proficient: reached Developing"));
        assertThat(bob.levels()).containsEntry("c0", "exemplary").containsEntry("c1", "developing");
        assertThat(eligibilities.find(badge.id(), "teacher")).isEmpty();
        assertThat(events.stream(BadgesEvaluatedEvent.class)).singleElement()
            .satisfies(event -> assertThat(event.badgeIds()).containsExactly(badge.id()));
    }

    @Test
    void learnerWhoLeftTheCourseNeverQualifiesAndIsToldWhy() {
        Badge badge = badge("Report writer", AwardRule.everyCriterionAtLeast(rubric, "Proficient"));
        evaluation.evaluateCourse(course.courseId);
        Eligibility cy = eligibilities.find(badge.id(), "cy").orElseThrow();
        assertThat(cy.qualifies()).isFalse();
        assertThat(cy.leftCourse()).isTrue();
    }

    @Test
    void reevaluationReplacesTheVerdictsWhenGradesChange() {
        Badge badge = badge("Report writer", AwardRule.everyCriterionAtLeast(rubric, "Proficient"));
        evaluation.evaluateCourse(course.courseId);
        course.result(writing, "bob", 3, 3);
        course.removeResult(writing, "ada");
        CourseEvaluation result = evaluation.evaluateCourse(course.courseId);
        assertThat(eligibilities.qualifying(badge.id())).extracting(Eligibility::userId).containsExactly("bob");
        assertThat(eligibilities.find(badge.id(), "ada").orElseThrow().explanation().missing())
            .singleElement().satisfies(missing -> assertThat(missing.code()).isEqualTo("not_graded"));
        assertThat(result.byBadge().get(badge.id())).isEqualTo(new CourseEvaluation.Counts(3, 1));
    }

    @Test
    void archivedBadgesAreNotEvaluated() {
        Badge badge = badge("Old badge", new AwardRule.AllOf(List.of()));
        badges.update(new Badge(badge.id(), badge.courseId(), badge.achievementKey(), badge.name(), badge.description(),
                badge.criteriaNarrative(), badge.achievementType(), badge.rubricId(), badge.rule(), badge.skills(),
                badge.eu(), badge.validityDays(), badge.issuanceMode(), badge.design(), true, null, null));
        assertThat(evaluation.evaluateCourse(course.courseId).byBadge()).isEmpty();
    }

    @Test
    void courseNeverSyncedEvaluatesNothing() {
        SyncedCourseFixture other = SyncedCourseFixture.create(jdbc, 8);
        jdbc.sql("DELETE FROM course_sync WHERE id = ?").param(other.syncId).update();
        assertThat(evaluation.evaluateCourse(other.courseId).synced()).isFalse();
    }

    @Test
    void rejectsSecondRubricWithTheSameName() {
        assertThatThrownBy(() -> rubrics.create(course.rubric("Report rubric", List.of(analysis))))
            .isInstanceOfSatisfying(RubricException.class, ex -> assertThat(ex.code()).isEqualTo("rubric_name_taken"));
    }

    @Test
    void rejectsRubricWithoutLevelsOrWithDuplicateCriteria() {
        Rubric noLevels = new Rubric(0, course.courseId, "Empty levels", "", List.of(
                new dev.laurel.tool.badges.rubric.RubricCriterion("a", "Analysis", "", analysis, List.of(), List.of())));
        assertThatThrownBy(() -> rubrics.create(noLevels)).isInstanceOfSatisfying(RubricException.class,
                ex -> assertThat(ex.problems()).extracting(p -> p.code()).containsExactly("rubric_criterion_without_levels"));
        Rubric duplicate = new Rubric(0, course.courseId, "Twice", "", List.of(
                new dev.laurel.tool.badges.rubric.RubricCriterion("a", "Analysis", "", analysis, SyncedCourseFixture.LEVELS, List.of()),
                new dev.laurel.tool.badges.rubric.RubricCriterion("b", "analysis ", "", writing, SyncedCourseFixture.LEVELS, List.of())));
        assertThatThrownBy(() -> rubrics.create(duplicate)).isInstanceOfSatisfying(RubricException.class,
                ex -> assertThat(ex.problems()).extracting(p -> p.code()).containsExactly("rubric_duplicate_criterion"));
    }

    @Test
    void rejectsDeletingARubricThatBadgesUse() {
        badge("Report writer", new AwardRule.AllOf(List.of()));
        assertThatThrownBy(() -> rubrics.delete(course.courseId, rubric.id())).isInstanceOfSatisfying(
                RubricException.class, ex -> assertThat(ex.code()).isEqualTo("rubric_in_use"));
        assertThat(rubrics.find(course.courseId, rubric.id())).isPresent();
    }

    @Test
    void rejectsSecondBadgeWithTheSameNameAndKeepsTheFirst() {
        Badge first = badge("Report writer", new AwardRule.AllOf(List.of()));
        assertThatThrownBy(() -> badge("Report writer ", new AwardRule.AllOf(List.of())))
            .isInstanceOfSatisfying(BadgeException.class, ex -> assertThat(ex.code()).isEqualTo("badge_name_taken"));
        assertThat(badges.list(course.courseId)).containsExactly(first);
    }

    @Test
    void badgeRoundTripsWithItsRuleAndGetsAStablePublicKey() {
        Badge created = badge("Report writer", AwardRule.everyCriterionAtLeast(rubric, "Proficient"));
        assertThat(created.achievementKey()).matches("b-[a-z2-9]{16}");
        assertThat(badges.find(course.courseId, created.id())).contains(created);
        assertThat(badges.findByAchievementKey(created.achievementKey())).contains(created);
        assertThat(badges.find(course.courseId + 1000, created.id())).isEmpty();
    }
}
