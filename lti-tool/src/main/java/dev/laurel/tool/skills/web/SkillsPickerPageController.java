package dev.laurel.tool.skills.web;

import dev.laurel.tool.skills.Skill;
import dev.laurel.tool.skills.SkillIndexNotReadyException;
import dev.laurel.tool.skills.SkillSearch;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A page with the skills picker on one criterion, showing the skills it submits. */
@Controller
class SkillsPickerPageController {

    static final String PICKER_VIEW = "skills/picker-page";

    private static final int MAX_CHOSEN = 50;

    private final SkillSearch search;

    SkillsPickerPageController(SkillSearch search) {
        this.search = search;
    }

    @GetMapping("/skills/picker")
    String picker(@RequestParam(required = false) String criterion,
            @RequestParam(name = "skills", required = false) List<String> uris, Model model) {
        model.addAttribute("criterion", criterion == null ? "" : criterion);
        model.addAttribute("chosen", chosen(uris));
        return PICKER_VIEW;
    }

    private List<ChosenSkill> chosen(List<String> uris) {
        if (uris == null || uris.isEmpty()) {
            return List.of();
        }
        if (!search.isReady()) {
            return uris.stream().distinct().limit(MAX_CHOSEN).map(ChosenSkill::unresolved).toList();
        }
        try {
            return uris.stream().distinct().limit(MAX_CHOSEN).map(search::find).flatMap(Optional::stream)
                    .map(ChosenSkill::of).toList();
        }
        catch (SkillIndexNotReadyException ex) {
            return uris.stream().distinct().limit(MAX_CHOSEN).map(ChosenSkill::unresolved).toList();
        }
    }

    /**
     * A chosen skill as the picker shows it.
     *
     * @param uri the skill's URI
     * @param label the preferred label
     * @param framework ESCO or O*NET
     */
    record ChosenSkill(String uri, String label, String framework) {

        static ChosenSkill of(Skill skill) {
            return new ChosenSkill(skill.uri(), skill.label(), skill.framework().displayName());
        }

        /** A chosen skill shown by its URI while the index is still being built, so it is not lost. */
        static ChosenSkill unresolved(String uri) {
            return new ChosenSkill(uri, uri, "");
        }
    }
}
