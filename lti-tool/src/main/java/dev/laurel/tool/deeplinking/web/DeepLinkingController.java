package dev.laurel.tool.deeplinking.web;

import dev.laurel.tool.deeplinking.DeepLinkingOffers;
import dev.laurel.tool.deeplinking.DeepLinkingResponseSigner;
import dev.laurel.tool.launch.DeepLinkingSettings;
import dev.laurel.tool.launch.LtiSessionAuthentication;
import dev.laurel.tool.launch.LtiSessionTokens;
import dev.laurel.tool.registration.PlatformRegistration;
import dev.laurel.tool.registration.PlatformRegistrations;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /deep-linking}: the instructor chooses what to place; {@code POST /deep-linking/response}: the
 * signed {@code LtiDeepLinkingResponse}, auto-posted as {@code JWT} to the platform's return URL. The form
 * carries the session token, which a foreign site cannot know (Laurel's CSRF protection for this POST).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0/#deep-linking-response-message">Deep Linking 2.0 §4.5</a>
 */
@Controller
class DeepLinkingController {

    static final String CHOOSE_VIEW = "deeplinking/choose";
    static final String RESPONSE_VIEW = "deeplinking/response";

    private final DeepLinkingOffers offers;
    private final DeepLinkingResponseSigner signer;
    private final PlatformRegistrations registrations;
    private final LtiSessionTokens tokens;

    DeepLinkingController(DeepLinkingOffers offers, DeepLinkingResponseSigner signer,
            PlatformRegistrations registrations, LtiSessionTokens tokens) {
        this.offers = offers;
        this.signer = signer;
        this.registrations = registrations;
        this.tokens = tokens;
    }

    @GetMapping("/deep-linking")
    String choose(LtiSessionAuthentication authentication, Model model) {
        DeepLinkingSettings settings = settings(authentication);
        model.addAttribute("settings", settings);
        model.addAttribute("offers", settings.acceptsResourceLinks() ? offers.all() : List.of());
        model.addAttribute("formToken", tokens.issue(authentication.sessionId()));
        return CHOOSE_VIEW;
    }

    @PostMapping("/deep-linking/response")
    String respond(LtiSessionAuthentication authentication, @RequestParam("offer") String offerId,
            @RequestParam(name = "lti_session", required = false) String formToken, Model model,
            HttpServletResponse response) {
        if (!tokens.sessionId(formToken).filter(authentication.sessionId()::equals).isPresent()) {
            throw new AccessDeniedException("deep linking form without this session's token");
        }
        DeepLinkingSettings settings = settings(authentication);
        PlatformRegistration registration = registrations.findById(authentication.getPrincipal().registrationId())
                .orElseThrow(() -> new AccessDeniedException("registration gone"));
        List<dev.laurel.tool.deeplinking.LtiResourceLinkItem> items = offers.find(offerId)
                .filter(offer -> settings.acceptsResourceLinks())
                .map(offer -> List.of(offer.item())).orElse(List.of());
        model.addAttribute("returnUrl", settings.deepLinkReturnUrl());
        model.addAttribute("jwt", signer.sign(registration, authentication.getPrincipal(), settings, items));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        return RESPONSE_VIEW;
    }

    private static DeepLinkingSettings settings(LtiSessionAuthentication authentication) {
        DeepLinkingSettings settings = authentication.session().deepLinking();
        if (settings == null) {
            throw new AccessDeniedException("not a deep linking session");
        }
        return settings;
    }
}
