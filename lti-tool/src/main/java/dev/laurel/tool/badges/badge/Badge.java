package dev.laurel.tool.badges.badge;

import dev.laurel.tool.badges.rubric.SkillRef;
import dev.laurel.tool.badges.rules.AwardRule;
import java.time.Instant;
import java.util.List;
import org.springframework.util.Assert;

/**
 * A badge (OB 3.0 achievement) of a course. {@code achievementKey} is its stable public key (its achievement id
 * is {@code {public-url}/achievements/{achievementKey}}); {@code rubricId} is null for a badge earned on line
 * items alone. A stored badge has a positive id.
 *
 * @param achievementType {@code Badge}, {@code MicroCredential}, {@code Competency}, … (OB 3.0 achievement types)
 * @param validityDays how long an issued credential is valid, or null for no end
 */
public record Badge(long id, long courseId, String achievementKey, String name, String description,
        String criteriaNarrative, String achievementType, Long rubricId, AwardRule rule, List<SkillRef> skills,
        EuDetails eu, Integer validityDays, IssuanceMode issuanceMode, BadgeDesign design, boolean archived,
        Instant createdAt, Instant updatedAt) {

    public Badge {
        Assert.hasText(achievementKey, "achievementKey cannot be empty");
        Assert.hasText(name, "name cannot be empty");
        Assert.notNull(rule, "rule cannot be null");
        description = description == null ? "" : description;
        criteriaNarrative = criteriaNarrative == null ? "" : criteriaNarrative;
        achievementType = achievementType == null || achievementType.isBlank() ? "Badge" : achievementType;
        skills = skills == null ? List.of() : List.copyOf(skills);
        eu = eu == null ? EuDetails.none() : eu;
        issuanceMode = issuanceMode == null ? IssuanceMode.MANUAL : issuanceMode;
        design = design == null ? new BadgeDesign(null, null, null) : design;
        Assert.isTrue(validityDays == null || validityDays > 0, "validityDays must be positive");
    }
}
