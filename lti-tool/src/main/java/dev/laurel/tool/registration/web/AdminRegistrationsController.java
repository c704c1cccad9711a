package dev.laurel.tool.registration.web;

import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.registration.AdminAccess;
import dev.laurel.tool.registration.DeploymentOrigin;
import dev.laurel.tool.registration.DuplicateRegistrationException;
import dev.laurel.tool.registration.ManualRegistration;
import dev.laurel.tool.registration.PlatformRegistration;
import dev.laurel.tool.registration.PlatformRegistrations;
import dev.laurel.tool.registration.ToolConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin pages: registrations, one registration with deployments and health, manual registration, Laurel's URLs. */
@Controller
class AdminRegistrationsController {

    static final String LIST_VIEW = "registration/registrations";
    static final String DETAIL_VIEW = "registration/registration";
    static final String NEW_VIEW = "registration/registration-new";
    static final String URLS_VIEW = "registration/urls";

    private final PlatformRegistrations registrations;
    private final ToolConfiguration tool;
    private final AdminAccess access;
    private final boolean requireHttps;

    AdminRegistrationsController(PlatformRegistrations registrations, ToolConfiguration tool, AdminAccess access,
            LaurelProperties laurel) {
        this.registrations = registrations;
        this.access = access;
        this.tool = tool;
        this.requireHttps = laurel.requireHttps();
    }

    @GetMapping({"/admin", "/admin/"})
    String home() {
        return "redirect:/admin/registrations";
    }

    @GetMapping("/admin/registrations")
    String list(Model model) {
        model.addAttribute("registrations", registrations.findAll());
        return LIST_VIEW;
    }

    @GetMapping("/admin/registrations/{id}")
    String detail(@PathVariable long id, Model model, Authentication authentication) {
        PlatformRegistration registration = registrations.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("registration", registration);
        model.addAttribute("deployments", registrations.deployments(id));
        model.addAttribute("health", registrations.health(id));
        model.addAttribute("loginUrl", tool.loginUrl(id));
        model.addAttribute("laurelAdmin", access.isAdmin(authentication));
        return DETAIL_VIEW;
    }

    @PostMapping("/admin/registrations/{id}/deployments")
    String addDeployment(@PathVariable long id, @RequestParam(defaultValue = "") String deploymentId,
            RedirectAttributes redirect) {
        registrations.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String trimmed = deploymentId.trim();
        if (trimmed.isEmpty() || trimmed.length() > 255) {
            redirect.addFlashAttribute("deploymentError", "invalid_deployment_id: enter a deployment ID of 1 to 255 characters");
        }
        else {
            registrations.addDeployment(id, trimmed, DeploymentOrigin.MANUAL);
        }
        return "redirect:/admin/registrations/" + id;
    }

    @GetMapping("/admin/registrations/new")
    String newForm(Model model) {
        model.addAttribute("form", new ManualRegistration("", "", "", "", "", "", ""));
        model.addAttribute("errors", Map.of());
        return NEW_VIEW;
    }

    @PostMapping("/admin/registrations")
    String create(@ModelAttribute("form") ManualRegistration form, Model model,
            HttpServletResponse response) {
        Map<String, String> errors = form.validate(requireHttps);
        if (errors.isEmpty()) {
            try {
                PlatformRegistration saved = registrations.register(form.toNewRegistration());
                return "redirect:/admin/registrations/" + saved.id();
            }
            catch (DuplicateRegistrationException ex) {
                errors = Map.of("clientId", DuplicateRegistrationException.ERROR_CODE
                        + ": this issuer and client ID are already registered");
            }
        }
        model.addAttribute("errors", errors);
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return NEW_VIEW;
    }

    @GetMapping("/admin/urls")
    String urls(Model model) {
        model.addAttribute("tool", tool);
        model.addAttribute("urls", List.of(
                new UrlRow("Dynamic Registration URL (Moodle, Canvas)", tool.registrationUrl()),
                new UrlRow("Login initiation URL (OpenID Connect login)", tool.loginUrl()),
                new UrlRow("Redirect URL (launch)", tool.launchUrl()),
                new UrlRow("Target link URI", tool.launchUrl()),
                new UrlRow("Public keyset URL (JWKS)", tool.jwksUrl()),
                new UrlRow("Canvas developer key JSON URL", tool.canvasJsonUrl())));
        model.addAttribute("registrations", registrations.findAll());
        return URLS_VIEW;
    }

    /** One line of the URLs page. */
    record UrlRow(String label, URI url) {
    }
}
