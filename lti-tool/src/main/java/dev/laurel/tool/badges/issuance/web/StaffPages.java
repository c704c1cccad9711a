package dev.laurel.tool.badges.issuance.web;

import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiSessionAuthentication;
import dev.laurel.tool.launch.LtiSessionTokens;
import dev.laurel.tool.launch.web.LtiCourseAuthorization;
import dev.laurel.tool.launch.web.LtiSessionSecurityContextRepository;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What the instructor's badge pages share: the course of the session's staff member (the launch chain already
 * restricts {@code /course/{id}/instructor/**}; this guards against a chain change), the form token that protects
 * their POSTs (the session token, which a foreign site cannot know), and redirects that keep a cookieless session.
 */
@Component
public class StaffPages {

    private final LtiCourseAuthorization courses;
    private final LtiSessionTokens tokens;

    StaffPages(LtiCourseAuthorization courses, LtiSessionTokens tokens) {
        this.courses = courses;
        this.tokens = tokens;
    }

    /** The course, for a staff member of it; otherwise access is denied. */
    public LtiContext course(LtiSessionAuthentication authentication, long courseId) {
        if (!authentication.getPrincipal().isStaff()) {
            throw new AccessDeniedException("not staff of course " + courseId);
        }
        return courses.courseOf(authentication.getPrincipal(), courseId)
            .orElseThrow(() -> new AccessDeniedException("not a member of course " + courseId));
    }

    /** A fresh form token for the session's forms. */
    public String formToken(LtiSessionAuthentication authentication) {
        return tokens.issue(authentication.sessionId());
    }

    /** Whether a submitted form token belongs to this session. */
    public boolean validFormToken(LtiSessionAuthentication authentication, String formToken) {
        return tokens.sessionId(formToken).filter(authentication.sessionId()::equals).isPresent();
    }

    /** A 303 to {@code path} (with its own query, if any), carrying the cookieless session's token. */
    public RedirectView seeOther(HttpServletRequest request, String path) {
        Object token = request.getAttribute(LtiSessionSecurityContextRepository.TOKEN_ATTRIBUTE);
        String target = path + (token instanceof String text ? (path.contains("?") ? "&" : "?")
                + LtiSessionSecurityContextRepository.TOKEN_PARAMETER + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8) : "");
        RedirectView redirect = new RedirectView(target, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return redirect;
    }

    /** An error shown on a page: its code and a plain sentence. */
    public record Problem(String code, String sentence) {
    }
}
