package dev.laurel.tool.launch.web;

import dev.laurel.tool.launch.LtiLaunchAuthenticationToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Converts the platform's form_post ({@code POST /lti/launch}: {@code id_token}, {@code state}) and the
 * platform-storage confirmation ({@code POST /lti/launch/confirm}: also {@code platform_state}) into an
 * {@link LtiLaunchAuthenticationToken}; all validation is the {@code LtiLaunchAuthenticationProvider}'s.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-3-authentication-response">Security Framework §5.1.1.3</a>
 */
final class LtiLaunchAuthenticationFilter extends AbstractAuthenticationProcessingFilter {

    static final String LAUNCH_PATH = "/lti/launch";
    static final String CONFIRM_PATH = "/lti/launch/confirm";

    LtiLaunchAuthenticationFilter(AuthenticationManager authenticationManager) {
        super(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LAUNCH_PATH),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, CONFIRM_PATH)), authenticationManager);
    }

    @Override
    public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
        boolean confirmation = request.getRequestURI().endsWith(CONFIRM_PATH);
        String platformState = confirmation ? valueOrEmpty(request.getParameter("platform_state")) : null;
        return getAuthenticationManager().authenticate(new LtiLaunchAuthenticationToken(
                request.getParameter("id_token"), request.getParameter("state"),
                LtiCookies.read(request, LtiCookies.LOGIN_BINDING), platformState));
    }

    private static String valueOrEmpty(String value) {
        return value == null ? "" : value;
    }
}
