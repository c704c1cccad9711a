package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.BadgeImageCheck;
import dev.laurel.tool.badges.badge.EuDetails;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.badges.rules.RuleProblems;
import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiSessionAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The badge page {@code badges/badge}: the stored badge's summary and rule warnings, its actions (review, archive,
 * copy) and the editor form, as typed or as stored. Shared by the editor and the actions, which both show it again
 * with their problems.
 */
@Component
final class BadgePageView {

    static final String VIEW = "badges/badge";

    private final InstructorPages pages;
    private final Rubrics rubrics;
    private final CourseGradebook gradebook;
    private final SkillRefs skills;
    private final BadgeArtwork artwork;
    private final CopyTargets copyTargets;

    BadgePageView(InstructorPages pages, Rubrics rubrics, CourseGradebook gradebook, SkillRefs skills,
            BadgeArtwork artwork, CopyTargets copyTargets) {
        this.pages = pages;
        this.rubrics = rubrics;
        this.gradebook = gradebook;
        this.skills = skills;
        this.artwork = artwork;
        this.copyTargets = copyTargets;
    }

    /** The form of a stored badge (its rule in the form when the form can show it). */
    BadgeForm formOf(Badge badge) {
        Rubric rubric = badge.rubricId() == null ? null : rubrics.find(badge.courseId(), badge.rubricId()).orElse(null);
        return BadgeForm.of(badge, RuleForms.of(badge.rule(), rubric)
            .orElseGet(() -> new BadgeForm.RuleForm("all", "", List.of(), "", List.of(), List.of(), "")));
    }

    /** Whether the form can show the stored badge's rule. */
    boolean ruleEditable(Badge badge) {
        Rubric rubric = badge.rubricId() == null ? null : rubrics.find(badge.courseId(), badge.rubricId()).orElse(null);
        return RuleForms.of(badge.rule(), rubric).isPresent();
    }

    String show(LtiSessionAuthentication authentication, LtiContext course, Badge badge, BadgeForm form,
            List<PageProblem> problems, String notice, HttpServletRequest request, Model model) {
        BadgeLinks links = pages.prepare(model, authentication, course, request);
        List<Rubric> courseRubrics = rubrics.list(course.id());
        Rubric selected = courseRubrics.stream().filter(rubric -> String.valueOf(rubric.id()).equals(form.rubricId()))
            .findFirst().orElse(null);
        CourseGradebook.Columns columns = gradebook.of(InstructorPages.keyOf(course));
        Map<String, String> labels = new LinkedHashMap<>();
        columns.items().forEach(item -> labels.putIfAbsent(item.url(), item.label()));
        BadgeForm shown = form.withRule(RuleForms.aligned(form.rule(), selected));

        model.addAttribute("badge", badge);
        model.addAttribute("pageTitle", badge == null ? "New badge" : "Badge " + badge.name());
        model.addAttribute("form", shown);
        model.addAttribute("problems", problems.stream().distinct().toList());
        model.addAttribute("notice", notice);
        model.addAttribute("rubrics", courseRubrics);
        model.addAttribute("selectedRubric", selected);
        model.addAttribute("selectedRubricMax", selected == null ? "" : RubricForm.points(selected.maxTotal()));
        model.addAttribute("ruleGroup", RuleGroupView.of(shown.rule(), selected));
        model.addAttribute("columns", columns);
        model.addAttribute("columnUrls", columns.urls());
        model.addAttribute("types", BadgeDrafts.TYPES);
        model.addAttribute("icons", BadgeDrafts.ICONS);
        model.addAttribute("assessmentTypes", EuDetails.ASSESSMENT_TYPES);
        model.addAttribute("participationModes", EuDetails.PARTICIPATION_MODES);
        model.addAttribute("qualityAssuranceTypes", EuDetails.QUALITY_ASSURANCE_TYPES);
        model.addAttribute("supervisionModes", EuDetails.SUPERVISION);
        model.addAttribute("stackingModes", EuDetails.STACKING);
        model.addAttribute("eqfLevels", IntStream.rangeClosed(1, 8).mapToObj(String::valueOf).toList());
        model.addAttribute("euMissing", shown.microCredential()
                ? EuForms.lenient(shown.eu()).missingMandatory() : List.of());
        model.addAttribute("preview", artwork.dataUri(shown.name().isBlank() ? "Badge" : shown.name(),
                shown.design().color(), shown.design().icon()));
        model.addAttribute("maxImageKb", BadgeImageCheck.MAX_BYTES / 1024);
        model.addAttribute("maxImageSide", BadgeImageCheck.MAX_SIDE);
        model.addAttribute("chosenSkills", skills.chosen(shown.skills(), badge == null ? List.of() : badge.skills()));
        model.addAttribute("suggestedSkills", skills.suggestions(suggestionText(shown, selected), 8));
        model.addAttribute("formAction", badge == null ? links.uploadAction("/badges") : links.uploadAction("/badges/" + badge.id()));
        if (badge != null) {
            Rubric stored = badge.rubricId() == null ? null
                    : courseRubrics.stream().filter(rubric -> Objects.equals(rubric.id(), badge.rubricId())).findFirst()
                        .orElse(null);
            model.addAttribute("ruleEditable", RuleForms.of(badge.rule(), stored).isPresent());
            model.addAttribute("ruleLines", RuleText.lines(badge.rule(), stored, labels));
            model.addAttribute("ruleWarnings", RuleProblems.of(badge.rule(), stored, columns.forRules()));
            model.addAttribute("copyTargets", copyTargets.of(course, authentication.getPrincipal().userId()));
        }
        else {
            model.addAttribute("ruleEditable", true);
            model.addAttribute("ruleLines", List.of());
            model.addAttribute("ruleWarnings", List.of());
            model.addAttribute("copyTargets", List.of());
        }
        return VIEW;
    }

    private static String suggestionText(BadgeForm form, Rubric rubric) {
        StringBuilder text = new StringBuilder(form.name()).append('\n').append(form.description()).append('\n')
            .append(form.criteriaNarrative());
        if (rubric != null) {
            for (RubricCriterion criterion : rubric.criteria()) {
                text.append('\n').append(criterion.name()).append(' ').append(criterion.description());
            }
        }
        return text.toString().strip();
    }

    /** A criterion of the badge's rubric and the minimum level the form asks for (empty: none). */
    record CriterionRuleRow(RubricCriterion criterion, String levelKey) {
    }
}
