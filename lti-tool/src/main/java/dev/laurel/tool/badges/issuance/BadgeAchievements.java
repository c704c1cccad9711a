package dev.laurel.tool.badges.issuance;

import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.EuDetails;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.RubricLevel;
import dev.laurel.tool.badges.rubric.SkillRef;
import dev.laurel.tool.badges.rules.AwardRule;
import dev.laurel.tool.credentials.document.AchievedResult;
import dev.laurel.tool.credentials.document.AchievementDefinition;
import dev.laurel.tool.credentials.document.AchievementDefinition.Alignment;
import dev.laurel.tool.credentials.document.EuElements;
import dev.laurel.tool.credentials.document.EvidenceItem;
import dev.laurel.tool.credentials.document.Recipient;
import dev.laurel.tool.credentials.issuing.IssueRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Turns a badge and its rubric into the Open Badges 3.0 achievement Laurel issues, and a learner's verdict into
 * the credential's results and evidence: rubric criteria become {@code ResultDescription}s with their
 * {@code RubricCriterionLevel}s, skills and the EQF level become alignments, the EU elements go where
 * {@code EU-ELEMENTS.md} puts them.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#achievement">Open Badges 3.0 §B.1.2 Achievement</a>
 */
@Component
public class BadgeAchievements {

    private final String baseUrl;

    public BadgeAchievements(LaurelProperties laurel) {
        this.baseUrl = laurel.baseUrl();
    }

    /** The achievement of {@code badge}; {@code rubric} is its rubric, or null for a badge without one. */
    public AchievementDefinition definition(Badge badge, Rubric rubric) {
        Map<String, String> required = requiredLevels(badge.rule());
        List<AchievementDefinition.RubricCriterion> criteria = rubric == null ? List.of() : rubric.criteria().stream()
            .map(criterion -> new AchievementDefinition.RubricCriterion(criterion.key(), criterion.name(),
                    criterion.levels().stream().map(BadgeAchievements::level).toList(),
                    criterion.level(required.getOrDefault(criterion.key(), "")).map(RubricLevel::key).orElse(null)))
            .toList();
        EuDetails eu = badge.eu();
        String description = badge.description().isBlank() ? badge.name() : badge.description();
        String narrative = badge.criteriaNarrative().isBlank() ? defaultNarrative(badge, rubric) : badge.criteriaNarrative();
        return new AchievementDefinition(badge.achievementKey(), badge.name(), description, narrative,
                baseUrl + "/badges/" + badge.achievementKey() + "/image", badge.achievementType(),
                alignments(badge, rubric), criteria, eu.hours(), null, null, null, euElements(eu));
    }

    /** The levels reached on the rubric's criteria (criterion key → level key), as the credential's results. */
    public List<AchievedResult> results(Rubric rubric, Map<String, String> levels) {
        if (rubric == null) {
            return List.of();
        }
        List<AchievedResult> results = new ArrayList<>();
        for (RubricCriterion criterion : rubric.criteria()) {
            String level = levels.get(criterion.key());
            if (level != null && criterion.level(level).isPresent()) {
                results.add(new AchievedResult(criterion.key(), level));
            }
        }
        return results;
    }

    /** Evidence naming the rubric levels the learner reached. */
    public List<EvidenceItem> evidence(Badge badge, Rubric rubric, Map<String, String> levels) {
        if (rubric == null || levels.isEmpty()) {
            return List.of(new EvidenceItem(null, "Course assessment",
                    "Awarded for meeting the badge's rule in the course gradebook.", null));
        }
        List<String> reached = new ArrayList<>();
        for (RubricCriterion criterion : rubric.criteria()) {
            criterion.level(levels.getOrDefault(criterion.key(), "")).ifPresent(level ->
                    reached.add(criterion.name() + ": " + level.name()));
        }
        return List.of(new EvidenceItem(null, "Rubric assessment: " + rubric.name(),
                "Levels reached on the rubric \"" + rubric.name() + "\": " + String.join("; ", reached) + ".", null));
    }

    /** The request that issues {@code badge} to {@code recipient} with the levels of their verdict, valid from {@code now}. */
    public IssueRequest request(Badge badge, Rubric rubric, AchievementDefinition definition, Recipient recipient,
            Map<String, String> levels, Instant now) {
        Instant validUntil = badge.validityDays() == null ? null : now.plus(Duration.ofDays(badge.validityDays()));
        return new IssueRequest(null, definition, recipient, results(rubric, levels), evidence(badge, rubric, levels),
                validUntil, null);
    }

    /** Skills of the badge and of its rubric's criteria (each once), then the EQF level. */
    private static List<Alignment> alignments(Badge badge, Rubric rubric) {
        Set<SkillRef> skills = new LinkedHashSet<>(badge.skills());
        if (rubric != null) {
            rubric.criteria().forEach(criterion -> skills.addAll(criterion.skills()));
        }
        Map<String, Alignment> alignments = new LinkedHashMap<>();
        for (SkillRef skill : skills) {
            alignments.putIfAbsent(skill.uri(), alignment(skill));
        }
        List<Alignment> all = new ArrayList<>(alignments.values());
        Integer eqf = badge.eu().eqfLevel();
        if (eqf != null && eqf >= 1 && eqf <= 8) {
            all.add(Alignment.eqfLevel(eqf));
        }
        return all;
    }

    private static Alignment alignment(SkillRef skill) {
        String framework = skill.framework().toUpperCase(java.util.Locale.ROOT);
        if (framework.startsWith("O*NET") || framework.equals("ONET")) {
            return new Alignment(skill.name(), skill.uri(), "O*NET-SOC", null, "ceasn:Competency", null);
        }
        return Alignment.esco(skill.name(), skill.uri());
    }

    private static AchievementDefinition.RubricLevel level(RubricLevel level) {
        return new AchievementDefinition.RubricLevel(level.key(), level.name(),
                level.description().isBlank() ? null : level.description(), level.points());
    }

    /** EU elements, or null when the instructor filled in none of those OB 3.0 has no field for. */
    private static EuElements euElements(EuDetails eu) {
        EuElements elements = new EuElements(eu.ectsCredits(), eu.hours(), eu.assessmentType(), eu.assessmentDescription(),
                eu.participationMode(), eu.qualityAssuranceType(), eu.qualityAssuranceDescription(),
                eu.qualityAssuranceUrl(), eu.prerequisites(), eu.supervision(), eu.stacking());
        return elements.equals(new EuElements(null, null, null, null, null, null, null, null, null, null, null)) ? null : elements;
    }

    /** The minimum level the rule asks of each criterion directly (the usual "every criterion at least" rule). */
    private static Map<String, String> requiredLevels(AwardRule rule) {
        Map<String, String> required = new LinkedHashMap<>();
        if (rule instanceof AwardRule.CriterionAtLeast criterion) {
            required.put(criterion.criterionKey(), criterion.levelKey());
        }
        else if (rule instanceof AwardRule.AllOf all) {
            all.conditions().stream().filter(AwardRule.CriterionAtLeast.class::isInstance)
                .map(AwardRule.CriterionAtLeast.class::cast)
                .forEach(criterion -> required.putIfAbsent(criterion.criterionKey(), criterion.levelKey()));
        }
        return required;
    }

    private static String defaultNarrative(Badge badge, Rubric rubric) {
        return rubric == null ? "Awarded by the course's instructors when the badge's rule is met in the gradebook."
                : "Awarded on the rubric \"" + rubric.name() + "\" when the badge's rule is met.";
    }
}
