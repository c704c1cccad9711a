package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.BadgeCopies;
import dev.laurel.tool.badges.badge.BadgeDefinitions;
import dev.laurel.tool.badges.badge.BadgeException;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiSessionAuthentication;
import dev.laurel.tool.launch.web.LtiSessionSecurityContextRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The badge page's actions: archive, restore, and copy to another course of the same registration that the
 * instructor teaches ({@link CopyTargets}).
 */
@Controller
class BadgeActionsController {

    private final InstructorPages pages;
    private final BadgePageView view;
    private final Badges badges;
    private final BadgeDefinitions definitions;
    private final BadgeCopies copies;
    private final CopyTargets copyTargets;

    BadgeActionsController(InstructorPages pages, BadgePageView view, Badges badges, BadgeDefinitions definitions,
            BadgeCopies copies, CopyTargets copyTargets) {
        this.pages = pages;
        this.view = view;
        this.badges = badges;
        this.definitions = definitions;
        this.copies = copies;
        this.copyTargets = copyTargets;
    }

    @PostMapping("/course/{courseId}/instructor/badges/{badgeId}/archive")
    Object archive(LtiSessionAuthentication authentication, @PathVariable long courseId, @PathVariable long badgeId,
            @RequestParam(name = LtiSessionSecurityContextRepository.TOKEN_PARAMETER, required = false) String formToken,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        return archived(authentication, courseId, badgeId, true, formToken, request, response, model);
    }

    @PostMapping("/course/{courseId}/instructor/badges/{badgeId}/restore")
    Object restore(LtiSessionAuthentication authentication, @PathVariable long courseId, @PathVariable long badgeId,
            @RequestParam(name = LtiSessionSecurityContextRepository.TOKEN_PARAMETER, required = false) String formToken,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        return archived(authentication, courseId, badgeId, false, formToken, request, response, model);
    }

    @PostMapping("/course/{courseId}/instructor/badges/{badgeId}/copy")
    Object copy(LtiSessionAuthentication authentication, @PathVariable long courseId, @PathVariable long badgeId,
            @RequestParam(required = false) Long targetCourseId,
            @RequestParam(name = LtiSessionSecurityContextRepository.TOKEN_PARAMETER, required = false) String formToken,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        LtiContext course = pages.course(authentication, courseId);
        Badge badge = find(courseId, badgeId);
        Optional<PageProblem> refused = !pages.formTokenValid(authentication, formToken)
                ? Optional.of(new PageProblem(InstructorPages.FORM_TOKEN_INVALID, InstructorPages.FORM_TOKEN_SENTENCE))
                : targetCourseId == null
                        ? Optional.of(new PageProblem(CopyTargets.UNKNOWN, "Choose the course to copy the badge to."))
                        : copyTargets.refusal(course, authentication.getPrincipal().userId(), targetCourseId);
        if (refused.isPresent()) {
            response.setStatus(status(refused.get().code()).value());
            return view.show(authentication, course, badge, view.formOf(badge), List.of(refused.get()), null, request, model);
        }
        try {
            copies.copy(badge, targetCourseId, InstructorPages.actor(authentication));
        }
        catch (BadgeException ex) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return view.show(authentication, course, badge, view.formOf(badge), List.of(new PageProblem(ex.code(),
                    ex.getMessage())), null, request, model);
        }
        return InstructorPages.seeOther(pages.links(request, courseId).page("/badges/" + badgeId, "copied-" + targetCourseId));
    }

    private Object archived(LtiSessionAuthentication authentication, long courseId, long badgeId, boolean archive,
            String formToken, HttpServletRequest request, HttpServletResponse response, Model model) {
        LtiContext course = pages.course(authentication, courseId);
        Badge badge = find(courseId, badgeId);
        if (!pages.formTokenValid(authentication, formToken)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return view.show(authentication, course, badge, view.formOf(badge), List.of(new PageProblem(
                    InstructorPages.FORM_TOKEN_INVALID, InstructorPages.FORM_TOKEN_SENTENCE)), null, request, model);
        }
        definitions.setArchived(badge, archive, InstructorPages.actor(authentication));
        return InstructorPages.seeOther(pages.links(request, courseId).page("/badges/" + badgeId,
                archive ? "archived" : "restored"));
    }

    private static HttpStatus status(String code) {
        return switch (code) {
            case InstructorPages.FORM_TOKEN_INVALID, CopyTargets.OTHER_REGISTRATION, CopyTargets.NOT_STAFF -> HttpStatus.FORBIDDEN;
            case CopyTargets.UNKNOWN -> HttpStatus.NOT_FOUND;
            default -> HttpStatus.CONFLICT;
        };
    }

    private Badge find(long courseId, long badgeId) {
        return badges.find(courseId, badgeId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "badge_not_found"));
    }
}
