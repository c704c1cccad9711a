package dev.laurel.tool.registration.web;

import dev.laurel.tool.registration.DuplicateRegistrationException;
import dev.laurel.tool.registration.DynamicRegistration;
import dev.laurel.tool.registration.DynamicRegistrationException;
import dev.laurel.tool.registration.DynamicRegistrationOutcome;
import dev.laurel.tool.registration.ToolConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where an LMS admin's Dynamic Registration lands: registers Laurel, then says what happened and hands control
 * back to the LMS with {@code org.imsglobal.lti.close}.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#step-4-registration-completed-and-activation">Dynamic Registration §3.7 Registration completed</a>
 */
@Controller
class DynamicRegistrationController {

    static final String DONE_VIEW = "registration/dynamic-done";
    static final String FAILED_VIEW = "registration/dynamic-failed";

    private final DynamicRegistration registration;
    private final ToolConfiguration tool;

    DynamicRegistrationController(DynamicRegistration registration, ToolConfiguration tool) {
        this.registration = registration;
        this.tool = tool;
    }

    @GetMapping(ToolConfiguration.REGISTRATION_PATH)
    String register(@RequestParam(name = "openid_configuration", required = false) String openIdConfiguration,
            @RequestParam(name = "registration_token", required = false) String registrationToken, Model model,
            HttpServletResponse response) {
        try {
            DynamicRegistrationOutcome outcome = registration.register(openIdConfiguration, registrationToken);
            model.addAttribute("outcome", outcome);
            model.addAttribute("registration", outcome.registration());
            model.addAttribute("loginUrl", tool.loginUrl(outcome.registration().id()));
            return DONE_VIEW;
        }
        catch (DynamicRegistrationException ex) {
            model.addAttribute("code", ex.code());
            model.addAttribute("detail", ex.detail());
            model.addAttribute("platformResponse", ex.platformResponse());
            response.setStatus(status(ex.code()).value());
            return FAILED_VIEW;
        }
        catch (DuplicateRegistrationException ex) {
            model.addAttribute("code", DuplicateRegistrationException.ERROR_CODE);
            model.addAttribute("detail", "Laurel is already registered for issuer " + ex.issuer() + " with client ID "
                    + ex.clientId() + "; nothing was changed");
            response.setStatus(HttpStatus.CONFLICT.value());
            return FAILED_VIEW;
        }
    }

    private static HttpStatus status(String code) {
        return switch (code) {
            case DynamicRegistrationException.MISSING_OPENID_CONFIGURATION,
                    DynamicRegistrationException.INVALID_OPENID_CONFIGURATION_URL -> HttpStatus.BAD_REQUEST;
            case DynamicRegistrationException.DISABLED, DynamicRegistrationException.PLATFORM_ADDRESS_NOT_PUBLIC -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.BAD_GATEWAY;
        };
    }
}
