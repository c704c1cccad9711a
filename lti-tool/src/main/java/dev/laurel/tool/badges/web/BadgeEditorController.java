package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.BadgeDefinitions;
import dev.laurel.tool.badges.badge.BadgeException;
import dev.laurel.tool.badges.badge.BadgeImage;
import dev.laurel.tool.badges.badge.BadgeImageCheck;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiSessionAuthentication;
import dev.laurel.tool.launch.web.LtiSessionSecurityContextRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The badge editor: {@code /course/{courseId}/instructor/badges/new} and the badge page
 * {@code /course/{courseId}/instructor/badges/{badgeId}}. Saving checks the whole form and the uploaded image, then
 * stores the badge with its image in one transaction; any problem brings the form back as typed. The rule's group
 * buttons ({@code action=add-group:2}, {@code remove-group:2.1}) and "refresh" bring the form back changed, unsaved.
 */
@Controller
class BadgeEditorController {

    private static final Map<String, String> NOTICES = Map.of("created", "Badge created.", "saved", "Badge saved.",
            "archived", "Badge archived: it is no longer evaluated or issued. Credentials already issued stay valid.",
            "restored", "Badge restored: it is evaluated again after the next sync.");

    private final InstructorPages pages;
    private final BadgePageView view;
    private final Badges badges;
    private final Rubrics rubrics;
    private final BadgeDrafts drafts;
    private final BadgeDefinitions definitions;
    private final BadgeImageCheck images;
    private final CourseGradebook gradebook;
    private final CopyTargets copyTargets;

    BadgeEditorController(InstructorPages pages, BadgePageView view, Badges badges, Rubrics rubrics, BadgeDrafts drafts,
            BadgeDefinitions definitions, BadgeImageCheck images, CourseGradebook gradebook, CopyTargets copyTargets) {
        this.pages = pages;
        this.view = view;
        this.badges = badges;
        this.rubrics = rubrics;
        this.drafts = drafts;
        this.definitions = definitions;
        this.images = images;
        this.gradebook = gradebook;
        this.copyTargets = copyTargets;
    }

    @GetMapping("/course/{courseId}/instructor/badges/new")
    String newBadge(LtiSessionAuthentication authentication, @PathVariable long courseId,
            @RequestParam(name = "rubric", required = false) Long rubricId, HttpServletRequest request, Model model) {
        LtiContext course = pages.course(authentication, courseId);
        List<Rubric> courseRubrics = rubrics.list(courseId);
        Rubric rubric = courseRubrics.stream().filter(candidate -> rubricId != null && candidate.id() == rubricId)
            .findFirst().orElse(courseRubrics.size() == 1 ? courseRubrics.get(0) : null);
        BadgeForm form = BadgeForm.blank(rubric == null ? "" : String.valueOf(rubric.id()))
            .withRule(RuleForms.suggested(rubric));
        return view.show(authentication, course, null, form, List.of(), null, request, model);
    }

    @GetMapping("/course/{courseId}/instructor/badges/{badgeId}")
    String page(LtiSessionAuthentication authentication, @PathVariable long courseId, @PathVariable long badgeId,
            @RequestParam(required = false) String notice, HttpServletRequest request, Model model) {
        LtiContext course = pages.course(authentication, courseId);
        Badge badge = find(courseId, badgeId);
        return view.show(authentication, course, badge, view.formOf(badge), List.of(), sentence(notice, course), request,
                model);
    }

    @PostMapping("/course/{courseId}/instructor/badges")
    Object create(LtiSessionAuthentication authentication, @PathVariable long courseId,
            @ModelAttribute("form") BadgeForm form, BindingResult binding, @RequestParam(required = false) String action,
            @RequestParam(name = "image", required = false) MultipartFile image,
            @RequestParam(name = LtiSessionSecurityContextRepository.TOKEN_PARAMETER, required = false) List<String> formTokens,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        LtiContext course = pages.course(authentication, courseId);
        return submit(authentication, course, null, form, action, image, formTokens, request, response, model);
    }

    @PostMapping("/course/{courseId}/instructor/badges/{badgeId}")
    Object update(LtiSessionAuthentication authentication, @PathVariable long courseId, @PathVariable long badgeId,
            @ModelAttribute("form") BadgeForm form, BindingResult binding, @RequestParam(required = false) String action,
            @RequestParam(name = "image", required = false) MultipartFile image,
            @RequestParam(name = LtiSessionSecurityContextRepository.TOKEN_PARAMETER, required = false) List<String> formTokens,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        LtiContext course = pages.course(authentication, courseId);
        return submit(authentication, course, find(courseId, badgeId), form, action, image, formTokens, request, response,
                model);
    }

    private Object submit(LtiSessionAuthentication authentication, LtiContext course, Badge existing, BadgeForm form,
            String action, MultipartFile image, List<String> formTokens, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        // the form carries the token as a field and, in a cookieless session, in its address too: either proves it
        if (formTokens == null || formTokens.stream().noneMatch(token -> pages.formTokenValid(authentication, token))) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return view.show(authentication, course, existing, form, List.of(new PageProblem(
                    InstructorPages.FORM_TOKEN_INVALID, InstructorPages.FORM_TOKEN_SENTENCE)), null, request, model);
        }
        if ("refresh".equals(action)) {
            return view.show(authentication, course, existing, withRubricRule(form, course.id()), List.of(), null, request,
                    model);
        }
        if (RuleForms.groupAction(action)) {
            // a group added or removed (a button for no group of the form changes nothing): the form comes back, unsaved
            BadgeForm.RuleForm rule = RuleForms.edited(form.rule(), action).orElse(form.rule());
            return view.show(authentication, course, existing, form.withRule(rule), List.of(), null, request, model);
        }
        List<PageProblem> problems = new ArrayList<>();
        BadgeImage checked = checkedImage(image, problems);
        boolean keepRule = existing != null && !view.ruleEditable(existing) && !"true".equals(form.rule().replace());
        CourseGradebook.Columns columns = gradebook.of(InstructorPages.keyOf(course));
        Map<String, String> labels = new LinkedHashMap<>();
        columns.items().forEach(item -> labels.putIfAbsent(item.url(), item.label()));
        BadgeDrafts.Draft draft = drafts.read(form, course.id(), existing, rubrics.list(course.id()), labels, keepRule);
        problems.addAll(draft.problems());
        if (!problems.isEmpty()) {
            if (checked != null) {
                problems.add(new PageProblem("image_choose_again", "Your image was fine, but browsers do not keep a "
                        + "chosen file when a page comes back: choose it again before saving."));
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return view.show(authentication, course, existing, form, problems, null, request, model);
        }
        String actor = InstructorPages.actor(authentication);
        Badge saved;
        try {
            if (existing == null) {
                saved = definitions.create(draft.badge(), checked, actor);
            }
            else {
                definitions.update(draft.badge(), checked, "true".equals(form.design().removeImage()), actor);
                saved = draft.badge();
            }
        }
        catch (BadgeException ex) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return view.show(authentication, course, existing, form, List.of(new PageProblem(ex.code(), ex.getMessage())),
                    null, request, model);
        }
        return InstructorPages.seeOther(pages.links(request, course.id()).page("/badges/" + saved.id(),
                existing == null ? "created" : "saved"));
    }

    /** The uploaded image once checked; null when none was chosen or it was refused (the reason goes to problems). */
    private BadgeImage checkedImage(MultipartFile image, List<PageProblem> problems) {
        if (image == null || image.isEmpty()) {
            return null;
        }
        try {
            return images.check(image.getBytes());
        }
        catch (BadgeException ex) {
            problems.add(new PageProblem(ex.code(), ex.getMessage()));
            return null;
        }
        catch (IOException ex) {
            problems.add(new PageProblem("image_unreadable", "The image could not be received; choose it again."));
            return null;
        }
    }

    /** After the rubric was changed: its criteria with the suggested levels when the rule names none of them. */
    private BadgeForm withRubricRule(BadgeForm form, long courseId) {
        Rubric rubric = rubrics.list(courseId).stream().filter(candidate -> String.valueOf(candidate.id())
            .equals(form.rubricId())).findFirst().orElse(null);
        boolean namesCriteria = rubric != null && form.rule().criteria().stream()
            .anyMatch(row -> !row.levelKey().isBlank() && rubric.criterion(row.criterionKey()).isPresent());
        if (rubric == null || namesCriteria) {
            return form;
        }
        BadgeForm.RuleForm suggested = RuleForms.suggested(rubric);
        return form.withRule(new BadgeForm.RuleForm(form.rule().combination(), form.rule().count(), suggested.criteria(),
                form.rule().minTotal(), form.rule().columns(), form.rule().groups(), form.rule().replace()));
    }

    private String sentence(String notice, LtiContext course) {
        if (notice == null) {
            return null;
        }
        if (notice.startsWith("copied-")) {
            try {
                LtiContext target = copyTargets.course(Long.parseLong(notice.substring("copied-".length())));
                if (target.registrationId() == course.registrationId()) {
                    return "Badge copied to “" + (target.title() == null ? target.contextId() : target.title())
                            + "” with manual issuance. Open Laurel from that course to check its rubric's gradebook "
                            + "columns and its rule.";
                }
            }
            catch (RuntimeException ex) {
                return null;
            }
            return null;
        }
        return NOTICES.get(notice);
    }

    private Badge find(long courseId, long badgeId) {
        return badges.find(courseId, badgeId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "badge_not_found"));
    }
}
