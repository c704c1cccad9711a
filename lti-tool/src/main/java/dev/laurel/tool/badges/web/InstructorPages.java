package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.badge.BadgeCourses;
import dev.laurel.tool.coursesync.CourseKey;
import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiSessionAuthentication;
import dev.laurel.tool.launch.LtiSessionTokens;
import dev.laurel.tool.launch.web.LtiCourseAuthorization;
import dev.laurel.tool.launch.web.LtiSessionSecurityContextRepository;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What every instructor badge page does: finds the course (only for its staff), checks a form's session token (the
 * CSRF protection of LTI sessions, which a foreign site cannot know), and puts the course, a fresh form token and
 * the page links in the model.
 */
@Component
final class InstructorPages {

    static final String FORM_TOKEN_INVALID = "badge_form_token_invalid";
    static final String FORM_TOKEN_SENTENCE = "This form did not come from Laurel's own page, or the page was open "
            + "too long. Nothing was saved; check the form and save again.";

    private final LtiCourseAuthorization courses;
    private final LtiSessionTokens tokens;
    private final BadgeCourses badgeCourses;

    InstructorPages(LtiCourseAuthorization courses, LtiSessionTokens tokens, BadgeCourses badgeCourses) {
        this.courses = courses;
        this.tokens = tokens;
        this.badgeCourses = badgeCourses;
    }

    /** The course, if the session's user is its instructor or administrator (the chain checks this first). */
    LtiContext course(LtiSessionAuthentication authentication, long courseId) {
        if (authentication == null || !authentication.getPrincipal().isStaff()) {
            throw new AccessDeniedException("not staff of course " + courseId);
        }
        return courses.courseOf(authentication.getPrincipal(), courseId)
            .orElseThrow(() -> new AccessDeniedException("not a member of course " + courseId));
    }

    /** Whether a form's token belongs to this session. */
    boolean formTokenValid(LtiSessionAuthentication authentication, String formToken) {
        return tokens.sessionId(formToken).filter(authentication.sessionId()::equals).isPresent();
    }

    /** The course, a fresh form token, the links and whether badges are on, for a page's template. */
    BadgeLinks prepare(Model model, LtiSessionAuthentication authentication, LtiContext course, HttpServletRequest request) {
        BadgeLinks links = links(request, course.id());
        model.addAttribute("course", course);
        model.addAttribute("formToken", tokens.issue(authentication.sessionId()));
        model.addAttribute("links", links);
        model.addAttribute("badgesEnabled", badgeCourses.enabled(course.id()));
        return links;
    }

    BadgeLinks links(HttpServletRequest request, long courseId) {
        Object token = request.getAttribute(LtiSessionSecurityContextRepository.TOKEN_ATTRIBUTE);
        return BadgeLinks.of(request.getContextPath(), courseId, token instanceof String text ? text : null);
    }

    /** A 303 to another page (after a POST), keeping the session token. */
    static RedirectView seeOther(String url) {
        RedirectView redirect = new RedirectView(url, false);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }

    static CourseKey keyOf(LtiContext course) {
        return new CourseKey(course.registrationId(), course.deploymentId(), course.contextId());
    }

    /** The actor recorded in the audit trail: the LTI user id. */
    static String actor(LtiSessionAuthentication authentication) {
        return authentication.getPrincipal().userId();
    }
}
