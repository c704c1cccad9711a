package dev.laurel.tool.skills;

import java.util.List;
import org.springframework.util.Assert;

/**
 * The Open Badges 3.0 <a href="https://www.imsglobal.org/spec/ob/v3p0/#alignment">Alignment</a> of an achievement
 * to a framework skill, as EU-ELEMENTS item 6 maps learning outcomes (ESCO URI as {@code targetUrl}).
 *
 * @param type always {@code ["Alignment"]}
 * @param targetName the skill's preferred label
 * @param targetUrl the ESCO concept URI or the O*NET OnLine descriptor URL
 * @param targetDescription the skill's description
 * @param targetFramework {@code ESCO} or {@code O*NET-SOC}
 * @param targetCode the ESCO concept UUID or the O*NET element id
 * @param targetType {@code ceasn:Competency}
 */
public record SkillAlignment(List<String> type, String targetName, String targetUrl, String targetDescription,
        String targetFramework, String targetCode, String targetType) {

    /** The OB 3.0 AlignmentTargetType of a competency in a framework. */
    public static final String COMPETENCY = "ceasn:Competency";

    public SkillAlignment {
        Assert.isTrue(List.of("Alignment").equals(type), "type must be [\"Alignment\"]");
        Assert.hasText(targetName, "targetName cannot be empty");
        Assert.hasText(targetUrl, "targetUrl cannot be empty");
        type = List.copyOf(type);
    }

    /** The alignment to {@code skill}. */
    public static SkillAlignment of(Skill skill) {
        Assert.notNull(skill, "skill cannot be null");
        return new SkillAlignment(List.of("Alignment"), skill.label(), skill.uri(),
                skill.description().isEmpty() ? null : skill.description(),
                skill.framework().targetFramework(), skill.code(), COMPETENCY);
    }
}
