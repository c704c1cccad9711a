package dev.laurel.tool.badges.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.badges.SyncedCourseFixture;
import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.EuDetails;
import dev.laurel.tool.badges.badge.IssuanceMode;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.SkillRef;
import dev.laurel.tool.badges.rules.AwardRule;
import dev.laurel.tool.credentials.document.AchievedResult;
import dev.laurel.tool.credentials.document.AchievementDefinition;
import dev.laurel.tool.credentials.document.Recipient;
import dev.laurel.tool.credentials.issuing.IssueRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BadgeAchievementsTests {

    private final BadgeAchievements achievements = new BadgeAchievements(new LaurelProperties(URI.create("https://laurel.example/"), true, null));
    private final Rubric rubric = new Rubric(3, 1, "Report rubric", "", List.of(
            new RubricCriterion("analysis", "Analysis", "", "https://lms.example/li/1", SyncedCourseFixture.LEVELS,
                    List.of(new SkillRef("http://data.europa.eu/esco/skill/a", "analyse data", "ESCO"))),
            new RubricCriterion("writing", "Writing", "", "https://lms.example/li/2", SyncedCourseFixture.LEVELS, List.of())));

    @Test
    void rubricBadgeBecomesAnAchievementWithCriteriaLevelsRequiredLevelsAlignmentsAndEuElements() {
        Badge badge = badge("", "", rubric.id(), List.of(new SkillRef("https://www.onetonline.org/x/2.A.1.a", "Reading", "O*NET"),
                new SkillRef("http://data.europa.eu/esco/skill/a", "analyse data", "ESCO")),
                new EuDetails(2.0, 50.0, 6, "project", null, "blended", "internal", null, null, null, null, null), 30);

        AchievementDefinition definition = achievements.definition(badge, rubric);

        assertThat(definition.key()).isEqualTo("b-abcdefghjkmnpqrs");
        assertThat(definition.imageUrl()).isEqualTo("https://laurel.example/badges/b-abcdefghjkmnpqrs/image");
        assertThat(definition.description()).isEqualTo("Report writer");
        assertThat(definition.criteriaNarrative()).contains("Report rubric");
        assertThat(definition.criteria()).extracting(AchievementDefinition.RubricCriterion::key, AchievementDefinition.RubricCriterion::requiredLevelKey)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("analysis", "proficient"), org.assertj.core.groups.Tuple.tuple("writing", "proficient"));
        assertThat(definition.criteria().get(0).levels()).extracting(AchievementDefinition.RubricLevel::name)
            .containsExactly("Beginning", "Developing", "Proficient", "Exemplary");
        assertThat(definition.alignments()).extracting(AchievementDefinition.Alignment::targetFramework)
            .containsExactly("O*NET-SOC", "ESCO", "European Qualifications Framework");
        assertThat(definition.alignments().get(2).targetUrl()).isEqualTo("http://data.europa.eu/snb/eqf/6");
        assertThat(definition.creditsAvailable()).isEqualTo(50.0);
        assertThat(definition.eu().ectsCredits()).isEqualTo(2.0);
        assertThat(definition.eu().participationMode()).isEqualTo("blended");
    }

    @Test
    void verdictLevelsBecomeResultsAndEvidenceAndTheValidityPeriodAnEnd() {
        Badge badge = badge("Writes reports.", "Proficient everywhere.", rubric.id(), List.of(), EuDetails.none(), 30);
        Instant now = Instant.parse("2026-03-01T10:00:00Z");

        IssueRequest request = achievements.request(badge, rubric, achievements.definition(badge, rubric),
                new Recipient("lti:1:ada", "ada@example.edu", null), Map.of("analysis", "exemplary", "writing", "proficient", "gone", "x"), now);

        assertThat(request.results()).containsExactly(new AchievedResult("analysis", "exemplary"), new AchievedResult("writing", "proficient"));
        assertThat(request.evidence()).singleElement().satisfies(evidence ->
                assertThat(evidence.narrative()).isEqualTo("Levels reached on the rubric \"Report rubric\": Analysis: Exemplary; Writing: Proficient."));
        assertThat(request.validUntil()).isEqualTo(now.plus(Duration.ofDays(30)));
        assertThat(request.achievement().eu()).isNull();
    }

    @Test
    void badgeWithoutRubricOrValidityHasNoCriteriaNoResultsAndNoEnd() {
        Badge badge = badge("Came to every session.", "Attendance above 90 %.", null, List.of(), EuDetails.none(), null);

        IssueRequest request = achievements.request(badge, null, achievements.definition(badge, null),
                new Recipient("lti:1:ada", null, null), Map.of(), Instant.now());

        assertThat(request.achievement().criteria()).isEmpty();
        assertThat(request.results()).isEmpty();
        assertThat(request.evidence()).singleElement().satisfies(evidence -> assertThat(evidence.name()).isEqualTo("Course assessment"));
        assertThat(request.validUntil()).isNull();
    }

    private Badge badge(String description, String narrative, Long rubricId, List<SkillRef> skills, EuDetails eu, Integer validityDays) {
        return new Badge(5, 1, "b-abcdefghjkmnpqrs", "Report writer", description, narrative, "Badge", rubricId,
                AwardRule.everyCriterionAtLeast(rubric, "Proficient"), skills, eu, validityDays, IssuanceMode.MANUAL, null, false,
                Instant.now(), Instant.now());
    }
}
