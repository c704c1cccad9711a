package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.BadgeAudit;
import dev.laurel.tool.badges.badge.BadgeCourses;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.badges.demo.SandboxFirstSync;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.badges.rules.RuleProblems;
import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiSessionAuthentication;
import dev.laurel.tool.launch.web.LtiSessionSecurityContextRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The course's badge hub {@code /course/{courseId}/instructor/badges}: badges on or off for the course, its rubrics
 * and its active and archived badges with their rule warnings, and the way to the other instructor pages. In a
 * sandbox course whose ready badges are not there yet, the progress of its first sync, polled from
 * {@code /course/{courseId}/instructor/badges/preparation} until the page reloads with the badges.
 */
@Controller
class BadgeHubController {

    static final String VIEW = "badges/hub";
    static final String PREPARATION_FRAGMENT = "badges/hub :: preparation";

    private static final Map<String, String> NOTICES = Map.of("enabled", "Badges are on for this course.",
            "disabled", "Badges are off for this course. Nothing is issued until you turn them on again.",
            "rubric-deleted", "Rubric deleted.");

    private final InstructorPages pages;
    private final BadgeCourses badgeCourses;
    private final Rubrics rubrics;
    private final Badges badges;
    private final CourseGradebook gradebook;
    private final BadgeAudit audit;
    private final SandboxFirstSync firstSync;

    BadgeHubController(InstructorPages pages, BadgeCourses badgeCourses, Rubrics rubrics, Badges badges,
            CourseGradebook gradebook, BadgeAudit audit, SandboxFirstSync firstSync) {
        this.pages = pages;
        this.badgeCourses = badgeCourses;
        this.rubrics = rubrics;
        this.badges = badges;
        this.gradebook = gradebook;
        this.audit = audit;
        this.firstSync = firstSync;
    }

    @GetMapping("/course/{courseId}/instructor/badges")
    String hub(LtiSessionAuthentication authentication, @PathVariable long courseId,
            @RequestParam(required = false) String notice, HttpServletRequest request, Model model) {
        LtiContext course = pages.course(authentication, courseId);
        return show(authentication, course, notice == null ? null : NOTICES.get(notice), List.of(), request, model);
    }

    /** How far a sandbox course's ready badges are, polled by the hub while they are not there yet. */
    @GetMapping("/course/{courseId}/instructor/badges/preparation")
    String preparation(LtiSessionAuthentication authentication, @PathVariable long courseId, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        LtiContext course = pages.course(authentication, courseId);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("links", pages.links(request, courseId));
        model.addAttribute("preparation", firstSync.preparation(course).orElse(null));
        return PREPARATION_FRAGMENT;
    }

    @PostMapping("/course/{courseId}/instructor/badges/settings")
    Object settings(LtiSessionAuthentication authentication, @PathVariable long courseId,
            @RequestParam(required = false) String enabled,
            @RequestParam(name = LtiSessionSecurityContextRepository.TOKEN_PARAMETER, required = false) String formToken,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        LtiContext course = pages.course(authentication, courseId);
        if (!pages.formTokenValid(authentication, formToken)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return show(authentication, course, null, List.of(new PageProblem(InstructorPages.FORM_TOKEN_INVALID,
                    InstructorPages.FORM_TOKEN_SENTENCE)), request, model);
        }
        boolean on = "true".equals(enabled);
        badgeCourses.setEnabled(courseId, on, InstructorPages.actor(authentication));
        audit.record(courseId, null, InstructorPages.actor(authentication), on ? "badges_enabled" : "badges_disabled", null);
        return InstructorPages.seeOther(pages.links(request, courseId).page("/badges", on ? "enabled" : "disabled"));
    }

    private String show(LtiSessionAuthentication authentication, LtiContext course, String notice,
            List<PageProblem> problems, HttpServletRequest request, Model model) {
        pages.prepare(model, authentication, course, request);
        List<Rubric> courseRubrics = rubrics.list(course.id());
        Map<Long, Rubric> byId = courseRubrics.stream().collect(Collectors.toMap(Rubric::id, Function.identity()));
        CourseGradebook.Columns columns = gradebook.of(InstructorPages.keyOf(course));
        List<Badge> all = badges.list(course.id());
        List<HubBadge> rows = all.stream().map(badge -> new HubBadge(badge,
                badge.rubricId() == null ? null : byId.get(badge.rubricId()),
                RuleProblems.of(badge.rule(), badge.rubricId() == null ? null : byId.get(badge.rubricId()), columns.forRules())))
            .toList();
        model.addAttribute("notice", notice);
        model.addAttribute("problems", problems);
        model.addAttribute("rubrics", courseRubrics.stream().map(rubric -> new HubRubric(rubric,
                all.stream().filter(badge -> rubric.id() == (badge.rubricId() == null ? -1 : badge.rubricId())).count(),
                rubric.criteria().stream().filter(criterion -> criterion.lineItemUrl() == null).count())).toList());
        model.addAttribute("activeBadges", rows.stream().filter(row -> !row.badge().archived()).toList());
        model.addAttribute("archivedBadges", rows.stream().filter(row -> row.badge().archived()).toList());
        model.addAttribute("columns", columns);
        model.addAttribute("preparation", firstSync.preparation(course).orElse(null));
        model.addAttribute("preparationUrl", pages.links(request, course.id()).page("/badges/preparation"));
        return VIEW;
    }

    /** A rubric in the hub: how many badges use it, how many criteria have no gradebook column yet. */
    record HubRubric(Rubric rubric, long badges, long unbound) {
    }

    /** A badge in the hub, with its rubric (or null) and the problems of its rule. */
    record HubBadge(Badge badge, Rubric rubric, List<RuleProblems.Problem> problems) {
    }
}
