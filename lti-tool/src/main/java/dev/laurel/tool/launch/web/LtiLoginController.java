package dev.laurel.tool.launch.web;

import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.launch.LtiLaunchError;
import dev.laurel.tool.launch.LtiLoginStates;
import dev.laurel.tool.launch.StartedLogin;
import dev.laurel.tool.registration.PlatformRegistration;
import dev.laurel.tool.registration.RegistrationResolver;
import dev.laurel.tool.registration.UnresolvedRegistrationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * OIDC third-party initiated login ({@code GET|POST /lti/login}, {@code /lti/login/{registrationId}}): resolves
 * the registration, starts a state and nonce bound to this browser and sends the browser to the platform's
 * authorization endpoint; with {@code lti_storage_target}, first stores state and nonce in platform storage.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#initiating-login-from-a-third-party">LTI 1.3 Core §5.1.1</a>
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-2-authentication-request">Security Framework §5.1.1.2</a>
 */
@Controller
class LtiLoginController {

    static final String PLATFORM_STORAGE_LOGIN_VIEW = "launch/platform-storage-login";
    private static final Logger log = LoggerFactory.getLogger(LtiLoginController.class);

    private final RegistrationResolver resolver;
    private final LtiLoginStates loginStates;
    private final LaurelProperties properties;
    private final LtiPages pages;

    LtiLoginController(RegistrationResolver resolver, LtiLoginStates loginStates, LaurelProperties properties,
            LtiPages pages) {
        this.resolver = resolver;
        this.loginStates = loginStates;
        this.properties = properties;
        this.pages = pages;
    }

    @RequestMapping(path = {"/lti/login", "/lti/login/{registrationId}"}, method = {RequestMethod.GET, RequestMethod.POST})
    void login(@PathVariable(required = false) Long registrationId,
            @RequestParam(name = "iss", required = false) String issuer,
            @RequestParam(name = "login_hint", required = false) String loginHint,
            @RequestParam(name = "target_link_uri", required = false) String targetLinkUri,
            @RequestParam(name = "lti_message_hint", required = false) String messageHint,
            @RequestParam(name = "client_id", required = false) String clientId,
            @RequestParam(name = "lti_deployment_id", required = false) String deploymentId,
            @RequestParam(name = "lti_storage_target", required = false) String storageTarget,
            HttpServletRequest request, HttpServletResponse response) throws Exception {
        // LTI 1.3 Core §5.1.1.1: iss, login_hint and target_link_uri are required
        if (isBlank(issuer) || isBlank(loginHint) || isBlank(targetLinkUri)) {
            log.info("LTI login rejected: {}", LtiLaunchError.LOGIN_PARAMETER_MISSING.code());
            pages.renderError(request, response, LtiLaunchError.LOGIN_PARAMETER_MISSING);
            return;
        }
        PlatformRegistration registration;
        try {
            registration = registrationId == null ? resolver.resolve(issuer, clientId)
                    : resolver.resolve(registrationId, issuer, clientId);
        }
        catch (UnresolvedRegistrationException ex) {
            LtiLaunchError error = LtiLaunchError.ofCode(ex.code()).orElse(LtiLaunchError.UNKNOWN_REGISTRATION);
            log.info("LTI login rejected: {}", error.code());
            pages.renderError(request, response, error);
            return;
        }
        String target = isBlank(storageTarget) ? null : storageTarget;
        StartedLogin login = loginStates.start(registration.id(), targetLinkUri, target,
                LtiCookies.read(request, LtiCookies.LOGIN_BINDING));
        LtiCookies.setLoginBinding(response, login.browserBinding());
        URI authorization = authorizationRequest(registration, loginHint, messageHint, login);
        if (target == null) {
            response.setHeader("Cache-Control", "no-store");
            response.sendRedirect(authorization.toString());
            return;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("authorizationUrl", authorization.toString());
        model.put("state", login.state());
        model.put("nonce", login.nonce());
        model.put("storageTarget", target);
        model.put("platformOrigin", origin(registration.authorizationUrl()));
        pages.render(request, response, PLATFORM_STORAGE_LOGIN_VIEW, model);
    }

    /** Security Framework §5.1.1.2: the OIDC authentication request, as a redirect to the platform. */
    private URI authorizationRequest(PlatformRegistration registration, String loginHint, String messageHint,
            StartedLogin login) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUri(registration.authorizationUrl());
        param(uri, "scope", "openid");
        param(uri, "response_type", "id_token");
        param(uri, "response_mode", "form_post");
        param(uri, "prompt", "none");
        param(uri, "client_id", registration.clientId());
        param(uri, "redirect_uri", properties.baseUrl() + "/lti/launch");
        param(uri, "login_hint", loginHint);
        param(uri, "state", login.state());
        param(uri, "nonce", login.nonce());
        if (!isBlank(messageHint)) {
            param(uri, "lti_message_hint", messageHint);
        }
        return uri.build(true).toUri();
    }

    private static void param(UriComponentsBuilder uri, String name, String value) {
        uri.queryParam(name, UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
    }

    static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
