package dev.laurel.tool.skills.web;

import dev.laurel.tool.skills.SkillMatch;
import java.util.List;
import java.util.Locale;

/**
 * One skill in a JSON answer.
 *
 * @param uri the skill's URI, what a picker submits
 * @param label the preferred label
 * @param description a short description
 * @param framework {@code ESCO} or {@code O*NET}
 * @param type {@code skill}, {@code knowledge} or {@code unspecified}
 * @param score the relevance score within this answer
 */
record SkillResult(String uri, String label, String description, String framework, String type, float score) {

    static SkillResult of(SkillMatch match) {
        return new SkillResult(match.uri(), match.label(), match.description(), match.framework().displayName(),
                match.type().name().toLowerCase(Locale.ROOT), match.score());
    }

    /**
     * A JSON answer: the skills found, best first.
     *
     * @param results the skills
     */
    record Results(List<SkillResult> results) {

        static Results of(List<SkillMatch> matches) {
            return new Results(matches.stream().map(SkillResult::of).toList());
        }
    }
}
