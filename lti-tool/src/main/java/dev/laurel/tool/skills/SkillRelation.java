package dev.laurel.tool.skills;

/**
 * An ESCO skill-to-skill relation as seen from one skill.
 *
 * @param relatedUri the other skill
 * @param essential whether ESCO marks the relation {@code essential} (otherwise {@code optional})
 */
public record SkillRelation(String relatedUri, boolean essential) {
}
