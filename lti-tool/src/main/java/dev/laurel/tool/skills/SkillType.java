package dev.laurel.tool.skills;

/** Whether a framework item is a skill (or competence) or a body of knowledge. */
public enum SkillType {

    /** ESCO {@code skill/competence}; O*NET Basic and Cross-Functional Skills (2.A, 2.B). */
    SKILL,

    /** ESCO {@code knowledge}; O*NET Knowledge (2.C). */
    KNOWLEDGE,

    /** ESCO concepts released without a skill type. */
    UNSPECIFIED;

    /** The type of an ESCO {@code skillType} column value. */
    static SkillType fromEsco(String skillType) {
        return switch (skillType) {
            case "skill/competence" -> SKILL;
            case "knowledge" -> KNOWLEDGE;
            default -> UNSPECIFIED;
        };
    }
}
