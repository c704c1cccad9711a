package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.rubric.SkillRef;

/** A skill as the skills picker shows it (its {@code uri}, {@code label}, {@code framework}). */
record ChosenSkill(String uri, String label, String framework) {

    static ChosenSkill of(SkillRef skill) {
        return new ChosenSkill(skill.uri(), skill.name(), skill.framework());
    }
}
