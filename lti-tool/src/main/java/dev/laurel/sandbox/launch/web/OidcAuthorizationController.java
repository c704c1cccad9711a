package dev.laurel.sandbox.launch.web;

import dev.laurel.sandbox.launch.AuthorizationOutcome;
import dev.laurel.sandbox.launch.OidcAuthorizationService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET|POST /oidc/auth}: an auto-submitting form POST to the tool, or a readable error page. */
@Controller
class OidcAuthorizationController {

    static final String FORM_POST_VIEW = "sandbox/form-post";
    static final String ERROR_VIEW = "sandbox/error";

    private final OidcAuthorizationService authorization;

    OidcAuthorizationController(OidcAuthorizationService authorization) {
        this.authorization = authorization;
    }

    @RequestMapping(path = "/oidc/auth", method = {RequestMethod.GET, RequestMethod.POST})
    String authorize(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        AuthorizationOutcome outcome = authorization.authorize(params.toSingleValueMap());
        if (outcome instanceof AuthorizationOutcome.FormPost post) {
            model.addAttribute("action", post.redirectUri());
            model.addAttribute("fields", post.fields());
            return FORM_POST_VIEW;
        }
        AuthorizationOutcome.ErrorPage page = (AuthorizationOutcome.ErrorPage) outcome;
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("title", "This launch cannot continue");
        model.addAttribute("code", page.code());
        model.addAttribute("message", page.description());
        return ERROR_VIEW;
    }
}
