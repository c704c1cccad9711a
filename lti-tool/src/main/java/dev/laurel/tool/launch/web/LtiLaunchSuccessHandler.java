package dev.laurel.tool.launch.web;

import dev.laurel.tool.lti.LaurelRole;
import dev.laurel.tool.launch.LtiLaunchAuthentication;
import dev.laurel.tool.launch.LtiUser;
import dev.laurel.tool.launch.LtiSessionTokens;
import dev.laurel.tool.registration.web.AdminSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * After a valid launch: hands the browser the server-side session the launch started (cookie, or a signed token in
 * the URL when the launch came through platform storage) and sends it to the course page or the deep linking page.
 * An LMS administrator's launch also signs them in as administrator of this registration ({@link AdminSessions}).
 */
final class LtiLaunchSuccessHandler implements AuthenticationSuccessHandler {

    static final String COURSE_PATH = "/course";
    static final String DEEP_LINKING_PATH = "/deep-linking";

    private final LtiSessionTokens tokens;
    private final AdminSessions adminSessions;

    LtiLaunchSuccessHandler(LtiSessionTokens tokens, AdminSessions adminSessions) {
        this.tokens = tokens;
        this.adminSessions = adminSessions;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        LtiLaunchAuthentication launch = (LtiLaunchAuthentication) authentication;
        String sessionId = launch.sessionId();
        String target = request.getContextPath()
                + (launch.message().isDeepLinking() ? DEEP_LINKING_PATH : COURSE_PATH);
        if (launch.cookieless()) {
            // the token is base64url and digits: nothing in it needs encoding in a query
            target += "?" + LtiSessionSecurityContextRepository.TOKEN_PARAMETER + "=" + tokens.issue(sessionId);
        }
        else {
            LtiCookies.setSession(response, sessionId);
            LtiUser user = launch.getPrincipal();
            if (user.hasRole(LaurelRole.ADMIN)) {
                // an LMS administrator may manage this registration in Laurel's admin pages (their own session)
                adminSessions.signInRegistrationAdministrator(user.registrationId(),
                        "lti-admin@" + user.registrationId(), request, response);
            }
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader("Location", target);
    }
}
