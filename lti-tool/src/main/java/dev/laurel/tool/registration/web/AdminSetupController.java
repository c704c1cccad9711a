package dev.laurel.tool.registration.web;

import dev.laurel.tool.registration.AdminSetupTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one-time setup link: GET shows a confirmation (so link previews cannot burn it), POST redeems the token
 * and starts the admin session. Also the sign-in and access-denied pages of the admin chain.
 */
@Controller
class AdminSetupController {

    static final String SETUP_PATH = "/admin/setup";
    static final String SETUP_VIEW = "registration/admin-setup";
    static final String SIGN_IN_VIEW = "registration/admin-sign-in";
    static final String DENIED_VIEW = "registration/admin-denied";
    static final String SETUP_TOKEN_INVALID = "setup_token_invalid";
    private static final Logger log = LoggerFactory.getLogger(AdminSetupController.class);

    private final AdminSetupTokens tokens;
    private final AdminSessions sessions;

    AdminSetupController(AdminSetupTokens tokens, AdminSessions sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
    }

    @GetMapping(SETUP_PATH)
    String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        boolean redeemable = tokens.isRedeemable(token);
        model.addAttribute("token", redeemable ? token : null);
        if (!redeemable) {
            model.addAttribute("code", SETUP_TOKEN_INVALID);
            response.setStatus(HttpStatus.FORBIDDEN.value());
        }
        return SETUP_VIEW;
    }

    @PostMapping(SETUP_PATH)
    String redeem(@RequestParam(required = false) String token, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        if (!tokens.redeem(token)) {
            log.info("Admin setup refused: {}", SETUP_TOKEN_INVALID);
            model.addAttribute("code", SETUP_TOKEN_INVALID);
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return SETUP_VIEW;
        }
        sessions.signInLaurelAdmin(request, response);
        log.info("Admin setup link redeemed; a Laurel admin session started");
        return "redirect:/admin/registrations";
    }

    @GetMapping(RegistrationSecurityConfiguration.SIGN_IN_PATH)
    String signIn(Model model) {
        model.addAttribute("code", "admin_sign_in_required");
        return SIGN_IN_VIEW;
    }

    @RequestMapping(RegistrationSecurityConfiguration.ACCESS_DENIED_PATH)
    String denied(@RequestAttribute(name = AdminAccessDeniedHandler.CODE_ATTRIBUTE, required = false) String code,
            Model model, HttpServletResponse response) {
        model.addAttribute("code", code == null ? AdminAccessDeniedHandler.ADMIN_REQUIRED : code);
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return DENIED_VIEW;
    }
}
