package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.rubric.SkillRef;
import dev.laurel.tool.skills.Skill;
import dev.laurel.tool.skills.SkillIndexNotReadyException;
import dev.laurel.tool.skills.SkillMatch;
import dev.laurel.tool.skills.SkillSearch;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Turns the skill URIs a form submits into {@link SkillRef}s (the ESCO / O*NET catalogue names them), and finds
 * suggestions ranked by similarity to a text for pages without JavaScript.
 */
@Component
final class SkillRefs {

    static final int MAX_SKILLS = 50;

    private final SkillSearch search;

    SkillRefs(SkillSearch search) {
        this.search = search;
    }

    /** The skills of {@code uris}, known ones first from {@code known}; {@code problems} gets what cannot be resolved. */
    List<SkillRef> resolve(List<String> uris, List<SkillRef> known, String owner, List<PageProblem> problems) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(uris.stream().filter(uri -> uri != null && !uri.isBlank())
            .map(String::strip).toList()));
        if (distinct.size() > MAX_SKILLS) {
            problems.add(new PageProblem("skills_too_many", owner + " has " + distinct.size() + " skills; align it to at most "
                    + MAX_SKILLS + "."));
            return List.of();
        }
        List<SkillRef> refs = new ArrayList<>();
        for (String uri : distinct) {
            Optional<SkillRef> found = known.stream().filter(skill -> skill.uri().equals(uri)).findFirst();
            if (found.isEmpty()) {
                try {
                    found = search.find(uri).map(SkillRefs::ref);
                }
                catch (SkillIndexNotReadyException ex) {
                    problems.add(new PageProblem(SkillIndexNotReadyException.CODE, "The skills catalogue is still loading, "
                            + "so Laurel cannot check the new skills of " + owner + " yet; save again in a few seconds."));
                    return List.of();
                }
            }
            if (found.isEmpty()) {
                problems.add(new PageProblem("skill_unknown", owner + " names a skill that is not in ESCO or O*NET ("
                        + uri + "); remove it and choose it again from the list."));
            }
            else {
                refs.add(found.get());
            }
        }
        return refs;
    }

    /** The chosen skills to show again: known ones, else from the catalogue, else by their URI. */
    List<ChosenSkill> chosen(List<String> uris, List<SkillRef> known) {
        List<ChosenSkill> chosen = new ArrayList<>();
        for (String uri : new LinkedHashSet<>(uris)) {
            if (uri == null || uri.isBlank() || chosen.size() >= MAX_SKILLS) {
                continue;
            }
            Optional<SkillRef> found = known.stream().filter(skill -> skill.uri().equals(uri)).findFirst();
            if (found.isEmpty() && search.isReady()) {
                try {
                    found = search.find(uri).map(SkillRefs::ref);
                }
                catch (SkillIndexNotReadyException ex) {
                    found = Optional.empty();
                }
            }
            chosen.add(found.map(ChosenSkill::of).orElseGet(() -> new ChosenSkill(uri, uri, "")));
        }
        return chosen;
    }

    /** Up to {@code limit} skills most like {@code text}, best first; none while the catalogue is loading. */
    List<SkillMatch> suggestions(String text, int limit) {
        if (text == null || text.isBlank() || !search.isReady()) {
            return List.of();
        }
        try {
            return search.suggest(text.length() > 4000 ? text.substring(0, 4000) : text, limit);
        }
        catch (SkillIndexNotReadyException ex) {
            return List.of();
        }
    }

    private static SkillRef ref(Skill skill) {
        return new SkillRef(skill.uri(), skill.label(), skill.framework().displayName());
    }
}
