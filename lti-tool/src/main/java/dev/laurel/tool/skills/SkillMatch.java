package dev.laurel.tool.skills;

/**
 * A skill found by a search or suggested for a criterion, with Lucene's score for it.
 *
 * @param uri the skill's URI, what a chosen skill is stored as
 * @param label the preferred label
 * @param description the description, shortened for a picker
 * @param framework the skill's framework
 * @param type skill or knowledge
 * @param score the BM25-based relevance score (comparable within one answer only)
 */
public record SkillMatch(String uri, String label, String description, Framework framework, SkillType type,
        float score) {

    /** The longest description a match carries. */
    public static final int SHORT_DESCRIPTION = 160;

    static SkillMatch of(Skill skill, float score) {
        return new SkillMatch(skill.uri(), skill.label(), skill.shortDescription(SHORT_DESCRIPTION),
                skill.framework(), skill.type(), score);
    }
}
