package dev.laurel.tool.launch.web;

import dev.laurel.tool.launch.LtiLaunchError;
import dev.laurel.tool.launch.LtiLaunchException;
import dev.laurel.tool.launch.LtiPlatformStorageRequiredException;
import dev.laurel.tool.registration.PlatformRegistrations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A launch that did not validate: logs its code (never the token), records it on the registration and shows
 * the readable rejection page. A cookieless launch whose login offered platform storage instead gets the page
 * that reads the state back from the platform and confirms it.
 */
final class LtiLaunchFailureHandler implements AuthenticationFailureHandler {

    static final String PLATFORM_STORAGE_LAUNCH_VIEW = "launch/platform-storage-launch";
    private static final Logger log = LoggerFactory.getLogger(LtiLaunchFailureHandler.class);

    private final LtiPages pages;
    private final PlatformRegistrations registrations;
    private final Clock clock;

    LtiLaunchFailureHandler(LtiPages pages, PlatformRegistrations registrations, Clock clock) {
        this.pages = pages;
        this.registrations = registrations;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) {
        try {
            if (exception instanceof LtiPlatformStorageRequiredException storage) {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("idToken", request.getParameter("id_token"));
                model.put("state", request.getParameter("state"));
                model.put("storageTarget", storage.storageTarget());
                model.put("platformOrigin", storage.platformOrigin());
                response.setHeader("Referrer-Policy", "no-referrer");
                pages.render(request, response, PLATFORM_STORAGE_LAUNCH_VIEW, model);
                return;
            }
            if (exception instanceof LtiLaunchException rejected) {
                log.info("LTI launch rejected: {}", rejected.launchError().code());
                if (rejected.registrationId() != null) {
                    registrations.recordError(rejected.registrationId(), rejected.launchError().code(), clock.instant());
                }
                pages.renderError(request, response, rejected.launchError());
                return;
            }
            log.info("LTI launch rejected: launch_failed");
            pages.renderError(request, response, 401, "launch_failed", "The launch could not be validated.",
                    LtiLaunchError.NO_LOGIN.specUri());
        }
        catch (Exception ex) {
            throw new IllegalStateException("The launch rejection page could not be rendered", ex);
        }
    }
}
