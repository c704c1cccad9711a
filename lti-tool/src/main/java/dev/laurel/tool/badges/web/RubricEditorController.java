package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.badge.BadgeAudit;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.RubricException;
import dev.laurel.tool.badges.rubric.RubricGradebookColumns;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.badges.rubric.SkillRef;
import dev.laurel.tool.badges.rules.RuleProblems;
import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiSessionAuthentication;
import dev.laurel.tool.launch.web.LtiSessionSecurityContextRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The rubric editor: {@code /course/{courseId}/instructor/badges/rubrics/new} and {@code .../rubrics/{rubricId}}.
 * Saving checks the form, creates the gradebook columns asked for through AGS, then stores the rubric; any problem
 * brings the form back exactly as typed (with the columns already created bound, so none is created twice).
 */
@Controller
class RubricEditorController {

    static final String VIEW = "badges/rubric";

    private final InstructorPages pages;
    private final Rubrics rubrics;
    private final Badges badges;
    private final RubricDrafts drafts;
    private final RubricGradebookColumns columns;
    private final CourseGradebook gradebook;
    private final SkillRefs skills;
    private final RubricSaves saves;
    private final BadgeAudit audit;

    RubricEditorController(InstructorPages pages, Rubrics rubrics, Badges badges, RubricDrafts drafts,
            RubricGradebookColumns columns, CourseGradebook gradebook, SkillRefs skills, RubricSaves saves,
            BadgeAudit audit) {
        this.pages = pages;
        this.rubrics = rubrics;
        this.badges = badges;
        this.drafts = drafts;
        this.columns = columns;
        this.gradebook = gradebook;
        this.skills = skills;
        this.saves = saves;
        this.audit = audit;
    }

    @GetMapping("/course/{courseId}/instructor/badges/rubrics/new")
    String newRubric(LtiSessionAuthentication authentication, @PathVariable long courseId, HttpServletRequest request,
            Model model) {
        LtiContext course = pages.course(authentication, courseId);
        return show(authentication, course, null, RubricForm.blank(columns.canCreate(courseId)), List.of(), null,
                request, model);
    }

    @GetMapping("/course/{courseId}/instructor/badges/rubrics/{rubricId}")
    String edit(LtiSessionAuthentication authentication, @PathVariable long courseId, @PathVariable long rubricId,
            @RequestParam(required = false) String notice, HttpServletRequest request, Model model) {
        LtiContext course = pages.course(authentication, courseId);
        Rubric rubric = find(courseId, rubricId);
        return show(authentication, course, rubric, RubricForm.of(rubric), List.of(), notice, request, model);
    }

    @PostMapping("/course/{courseId}/instructor/badges/rubrics")
    Object create(LtiSessionAuthentication authentication, @PathVariable long courseId,
            @ModelAttribute("form") RubricForm form, BindingResult binding, @RequestParam(required = false) String action,
            @RequestParam(name = LtiSessionSecurityContextRepository.TOKEN_PARAMETER, required = false) String formToken,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        LtiContext course = pages.course(authentication, courseId);
        return submit(authentication, course, null, form, action, formToken, request, response, model);
    }

    @PostMapping("/course/{courseId}/instructor/badges/rubrics/{rubricId}")
    Object update(LtiSessionAuthentication authentication, @PathVariable long courseId, @PathVariable long rubricId,
            @ModelAttribute("form") RubricForm form, BindingResult binding, @RequestParam(required = false) String action,
            @RequestParam(name = LtiSessionSecurityContextRepository.TOKEN_PARAMETER, required = false) String formToken,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        LtiContext course = pages.course(authentication, courseId);
        return submit(authentication, course, find(courseId, rubricId), form, action, formToken, request, response, model);
    }

    @PostMapping("/course/{courseId}/instructor/badges/rubrics/{rubricId}/delete")
    Object delete(LtiSessionAuthentication authentication, @PathVariable long courseId, @PathVariable long rubricId,
            @RequestParam(name = LtiSessionSecurityContextRepository.TOKEN_PARAMETER, required = false) String formToken,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        LtiContext course = pages.course(authentication, courseId);
        Rubric rubric = find(courseId, rubricId);
        if (!pages.formTokenValid(authentication, formToken)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return show(authentication, course, rubric, RubricForm.of(rubric), List.of(new PageProblem(
                    InstructorPages.FORM_TOKEN_INVALID, InstructorPages.FORM_TOKEN_SENTENCE)), null, request, model);
        }
        try {
            rubrics.delete(courseId, rubricId);
        }
        catch (RubricException ex) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(authentication, course, rubric, RubricForm.of(rubric), List.of(new PageProblem(ex.code(),
                    ex.getMessage())), null, request, model);
        }
        audit.record(courseId, null, InstructorPages.actor(authentication), "rubric_deleted", rubric.name());
        return InstructorPages.seeOther(pages.links(request, courseId).page("/badges", "rubric-deleted"));
    }

    private Object submit(LtiSessionAuthentication authentication, LtiContext course, Rubric existing, RubricForm form,
            String action, String formToken, HttpServletRequest request, HttpServletResponse response, Model model) {
        boolean canCreate = columns.canCreate(course.id());
        if (!pages.formTokenValid(authentication, formToken)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return show(authentication, course, existing, form, List.of(new PageProblem(InstructorPages.FORM_TOKEN_INVALID,
                    InstructorPages.FORM_TOKEN_SENTENCE)), null, request, model);
        }
        if (!RubricFormActions.saves(action)) {
            return show(authentication, course, existing, RubricFormActions.apply(form, action, canCreate), List.of(), null,
                    request, model);
        }
        CourseGradebook.Columns known = gradebook.of(InstructorPages.keyOf(course));
        RubricDrafts.Draft draft = drafts.read(form, course.id(), existing,
                url -> known.urls().contains(url) || RubricSaves.inContainer(course, url), "save-columns".equals(action));
        if (!draft.problems().isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(authentication, course, existing, draft.form(), draft.problems(), null, request, model);
        }
        RubricSaves.Outcome outcome = saves.save(course, existing, draft,
                authentication.getPrincipal().services().agsLineItemUrl(), InstructorPages.actor(authentication));
        if (!outcome.saved()) {
            response.setStatus(outcome.status().value());
            return show(authentication, course, existing, outcome.form(), outcome.problems(), null, request, model);
        }
        String notice = outcome.columnsCreated() > 0 ? "saved-columns-" + outcome.columnsCreated()
                : existing == null ? "created" : "saved";
        return InstructorPages.seeOther(pages.links(request, course.id()).page("/badges/rubrics/" + outcome.rubric().id(),
                notice));
    }

    private Rubric find(long courseId, long rubricId) {
        return rubrics.find(courseId, rubricId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "rubric_not_found"));
    }

    private String show(LtiSessionAuthentication authentication, LtiContext course, Rubric existing, RubricForm form,
            List<PageProblem> problems, String notice, HttpServletRequest request, Model model) {
        BadgeLinks links = pages.prepare(model, authentication, course, request);
        CourseGradebook.Columns known = gradebook.of(InstructorPages.keyOf(course));
        model.addAttribute("rubric", existing);
        model.addAttribute("pageTitle", existing == null ? "New rubric" : "Rubric " + existing.name());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("notice", RubricNotices.sentence(notice));
        model.addAttribute("columns", known);
        model.addAttribute("columnUrls", known.urls());
        model.addAttribute("canCreateColumns", columns.canCreate(course.id()));
        List<List<ChosenSkill>> chosen = new ArrayList<>();
        for (RubricForm.CriterionRow row : form.criteria()) {
            List<SkillRef> stored = existing == null ? List.of() : existing.criterion(row.key())
                .map(RubricCriterion::skills).orElse(List.of());
            chosen.add(skills.chosen(row.skills(), stored));
        }
        model.addAttribute("criterionSkills", chosen);
        model.addAttribute("usedBy", existing == null ? List.of() : badges.usingRubric(course.id(), existing.id()).stream()
            .map(badge -> new BadgeWarnings(badge, RuleProblems.of(badge.rule(), existing, known.forRules())))
            .toList());
        model.addAttribute("formAction", existing == null ? links.action("/badges/rubrics")
                : links.action("/badges/rubrics/" + existing.id()));
        return VIEW;
    }

    /** A badge with the problems of its rule. */
    record BadgeWarnings(dev.laurel.tool.badges.badge.Badge badge, List<RuleProblems.Problem> problems) {
    }

    /** The sentences that confirm what the last POST did. */
    static final class RubricNotices {

        private RubricNotices() {
        }

        static String sentence(String notice) {
            if (notice == null) {
                return null;
            }
            if (notice.startsWith("saved-columns-")) {
                return "Rubric saved. Laurel created " + notice.substring("saved-columns-".length()) + " gradebook "
                        + "column(s) in your LMS: grade each criterion there, then sync the course.";
            }
            return Map.of("created", "Rubric created.", "saved", "Rubric saved.").get(notice);
        }
    }
}
