package dev.laurel.tool.launch.web;

import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.launch.LtiLaunchError;
import dev.laurel.tool.launch.LtiLoginStates;
import dev.laurel.tool.launch.StartedLogin;
import dev.laurel.tool.registration.PlatformRegistration;
import dev.laurel.tool.registration.RegistrationResolver;
import dev.laurel.tool.registration.UnresolvedRegistrationException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * OIDC third-party initiated login ({@code GET|POST /lti/login}, {@code /lti/login/{registrationId}}): resolves
 * the registration, starts a state and nonce bound to this browser and sends the browser to the platform's
 * authorization endpoint; with {@code lti_storage_target}, first stores state and nonce in platform storage. A
 * filter of the login chain, as Spring Security's own authorization-request redirect is: the request never
 * needs Spring MVC.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#initiating-login-from-a-third-party">LTI 1.3 Core §5.1.1</a>
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-2-authentication-request">Security Framework §5.1.1.2</a>
 */
final class LtiLoginInitiationFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LtiLoginInitiationFilter.class);
    private static final String REGISTRATION_ID = "registrationId";

    private final RequestMatcher anyRegistration = PathPatternRequestMatcher.withDefaults().matcher("/lti/login");
    private final RequestMatcher oneRegistration = PathPatternRequestMatcher.withDefaults()
            .matcher("/lti/login/{" + REGISTRATION_ID + "}");
    private final RegistrationResolver resolver;
    private final LtiLoginStates loginStates;
    private final String redirectUri;
    private final LtiPages pages;

    LtiLoginInitiationFilter(RegistrationResolver resolver, LtiLoginStates loginStates, LaurelProperties properties,
            LtiPages pages) {
        this.resolver = resolver;
        this.loginStates = loginStates;
        this.redirectUri = properties.baseUrl() + LtiLaunchAuthenticationFilter.LAUNCH_PATH;
        this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.POST.matches(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String registrationId = null;
        if (!anyRegistration.matches(request)) {
            RequestMatcher.MatchResult match = oneRegistration.matcher(request);
            if (!match.isMatch()) {
                chain.doFilter(request, response);
                return;
            }
            registrationId = match.getVariables().get(REGISTRATION_ID);
        }
        try {
            login(registrationId, request, response);
        }
        catch (IOException | ServletException | RuntimeException ex) {
            throw ex;
        }
        catch (Exception ex) {
            throw new ServletException("The login page could not be rendered", ex);
        }
    }

    private void login(String registrationId, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        String issuer = request.getParameter("iss");
        String loginHint = request.getParameter("login_hint");
        String targetLinkUri = request.getParameter("target_link_uri");
        String clientId = request.getParameter("client_id");
        // LTI 1.3 Core §5.1.1.1: iss, login_hint and target_link_uri are required
        if (isBlank(issuer) || isBlank(loginHint) || isBlank(targetLinkUri)) {
            reject(request, response, LtiLaunchError.LOGIN_PARAMETER_MISSING);
            return;
        }
        PlatformRegistration registration;
        try {
            registration = registrationId == null ? resolver.resolve(issuer, clientId)
                    : resolver.resolve(Long.parseLong(registrationId), issuer, clientId);
        }
        catch (NumberFormatException ex) {
            // a path id that is no number names no registration
            reject(request, response, LtiLaunchError.UNKNOWN_REGISTRATION);
            return;
        }
        catch (UnresolvedRegistrationException ex) {
            reject(request, response, LtiLaunchError.ofCode(ex.code()).orElse(LtiLaunchError.UNKNOWN_REGISTRATION));
            return;
        }
        String storageTarget = request.getParameter("lti_storage_target");
        String target = isBlank(storageTarget) ? null : storageTarget;
        StartedLogin login = loginStates.start(registration.id(), targetLinkUri, target,
                LtiCookies.read(request, LtiCookies.LOGIN_BINDING));
        LtiCookies.setLoginBinding(response, login.browserBinding());
        String authorization = authorizationRequest(registration, loginHint, request.getParameter("lti_message_hint"),
                login);
        if (target == null) {
            response.setHeader("Cache-Control", "no-store");
            response.sendRedirect(authorization);
            return;
        }
        PlatformStorageLoginPage.write(request, response, authorization, login.state(), login.nonce(), target,
                origin(registration.authorizationUrl()));
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, LtiLaunchError error)
            throws Exception {
        log.info("LTI login rejected: {}", error.code());
        pages.renderError(request, response, error);
    }

    /** Security Framework §5.1.1.2: the OIDC authentication request, as a redirect to the platform. */
    private String authorizationRequest(PlatformRegistration registration, String loginHint, String messageHint,
            StartedLogin login) {
        String base = registration.authorizationUrl().toString();
        StringBuilder uri = new StringBuilder(base.length() + 512).append(base)
                .append(base.indexOf('?') < 0 ? '?' : '&')
                .append("scope=openid&response_type=id_token&response_mode=form_post&prompt=none");
        param(uri, "client_id", registration.clientId());
        param(uri, "redirect_uri", redirectUri);
        param(uri, "login_hint", loginHint);
        param(uri, "state", login.state());
        param(uri, "nonce", login.nonce());
        if (!isBlank(messageHint)) {
            param(uri, "lti_message_hint", messageHint);
        }
        return uri.toString();
    }

    private static void param(StringBuilder uri, String name, String value) {
        uri.append('&').append(name).append('=').append(UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
    }

    static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
