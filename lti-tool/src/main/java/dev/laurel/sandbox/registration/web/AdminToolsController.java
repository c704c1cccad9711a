package dev.laurel.sandbox.registration.web;

import dev.laurel.sandbox.platform.PlatformUrls;
import dev.laurel.sandbox.registration.RegistrationTokens;
import dev.laurel.sandbox.registration.ToolRegistrations;
import java.net.URI;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The LMS admin's tool page, as Moodle's "Manage tools": the registered tools, and "register a tool by its
 * registration URL", which opens the tool's URL with {@code openid_configuration} and {@code registration_token}
 * in a frame and waits for its {@code org.imsglobal.lti.close} message
 * (<a href="https://www.imsglobal.org/spec/lti-dr/v1p0#step-1-registration-initiation-request">Dynamic Registration §3.3</a>).
 */
@Controller
class AdminToolsController {

    static final String VIEW = "sandbox/admin-tools";

    private final ToolRegistrations registrations;
    private final RegistrationTokens tokens;
    private final PlatformUrls urls;

    AdminToolsController(ToolRegistrations registrations, RegistrationTokens tokens, PlatformUrls urls) {
        this.registrations = registrations;
        this.tokens = tokens;
        this.urls = urls;
    }

    @GetMapping("/admin/tools")
    String tools(Model model) {
        model.addAttribute("tools", registrations.all());
        model.addAttribute("openIdConfiguration", urls.openIdConfiguration());
        return VIEW;
    }

    /** Starts a registration: the tool's registration URL with a fresh registration token, for the frame. */
    @PostMapping(path = "/admin/tools/registrations", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, String>> start(@RequestParam("registration_url") String registrationUrl) {
        URI uri;
        try {
            uri = URI.create(registrationUrl.trim());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            return ResponseEntity.badRequest().body(Map.of("error", "registration_url_invalid",
                    "error_description", "Enter the tool's registration URL, starting with https:// or http://"));
        }
        String url = UriComponentsBuilder.fromUri(uri).queryParam("openid_configuration", urls.openIdConfiguration())
                .queryParam("registration_token", tokens.issue()).encode().build().toUriString();
        return ResponseEntity.ok(Map.of("url", url, "origin", uri.getScheme() + "://" + uri.getRawAuthority()));
    }
}
