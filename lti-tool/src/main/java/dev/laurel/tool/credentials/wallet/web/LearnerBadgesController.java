package dev.laurel.tool.credentials.wallet.web;

import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.credentials.wallet.BadgeDownload;
import dev.laurel.tool.credentials.wallet.BadgeDownloads;
import dev.laurel.tool.credentials.wallet.LearnerBadge;
import dev.laurel.tool.credentials.wallet.LearnerBadges;
import dev.laurel.tool.credentials.wallet.LinkedInCertification;
import dev.laurel.tool.launch.LtiContexts;
import dev.laurel.tool.launch.LtiUser;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The learner's "My badges" ({@code /course/{courseId}/badges}), one badge's page, claiming, downloads and the
 * badge image. Course membership is checked by the LTI launch chain; a credential is looked up by the session's
 * learner and UUID together, so another learner's credential answers 404 {@code credential_not_found}.
 */
@Controller
class LearnerBadgesController {

    static final String LIST_VIEW = "credentials/wallet/badges";
    static final String BADGE_VIEW = "credentials/wallet/badge";
    static final String ERROR_VIEW = "credentials/wallet/error";
    private static final String SESSION_PARAMETER = "lti_session";

    private final LearnerBadges badges;
    private final BadgeDownloads downloads;
    private final LtiContexts contexts;
    private final String baseUrl;

    LearnerBadgesController(LearnerBadges badges, BadgeDownloads downloads, LtiContexts contexts, LaurelProperties laurel) {
        this.badges = badges;
        this.downloads = downloads;
        this.contexts = contexts;
        this.baseUrl = laurel.baseUrl();
    }

    @GetMapping("/course/{courseId}/badges")
    String list(@AuthenticationPrincipal LtiUser user, @PathVariable long courseId, Model model) {
        Map<LearnerBadge.State, List<LearnerBadge>> groups = badges.all(user, courseId).stream()
            .collect(Collectors.groupingBy(LearnerBadge::state));
        model.addAttribute("user", user);
        model.addAttribute("course", contexts.findById(courseId).orElseThrow());
        model.addAttribute("ready", groups.getOrDefault(LearnerBadge.State.READY_TO_CLAIM, List.of()));
        model.addAttribute("claimed", groups.getOrDefault(LearnerBadge.State.CLAIMED, List.of()));
        model.addAttribute("withdrawn", java.util.stream.Stream.concat(
                groups.getOrDefault(LearnerBadge.State.REVOKED, List.of()).stream(),
                groups.getOrDefault(LearnerBadge.State.SUSPENDED, List.of()).stream()).toList());
        model.addAttribute("empty", groups.isEmpty());
        return LIST_VIEW;
    }

    @GetMapping("/course/{courseId}/badges/{uuid}")
    String badge(@AuthenticationPrincipal LtiUser user, @PathVariable long courseId, @PathVariable String uuid, Model model) {
        LearnerBadge badge = own(user, uuid);
        badges.markSeen(badge);
        String publicUrl = badge.credential().credentialId();
        String verifyUrl = UriComponentsBuilder.fromUriString(baseUrl + "/verify").queryParam("url", publicUrl).build().encode().toUriString();
        model.addAttribute("user", user);
        model.addAttribute("course", contexts.findById(courseId).orElseThrow());
        model.addAttribute("badge", badge);
        model.addAttribute("publicUrl", publicUrl);
        model.addAttribute("verifyUrl", verifyUrl);
        model.addAttribute("linkedInUrl", LinkedInCertification.url(badge, verifyUrl));
        model.addAttribute("formats", java.util.Arrays.stream(BadgeDownloads.Format.values())
            .filter(format -> BadgeDownloads.offers(badge, format)).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
        return BADGE_VIEW;
    }

    @PostMapping("/course/{courseId}/badges/{uuid}/claim")
    void claim(@AuthenticationPrincipal LtiUser user, @PathVariable long courseId, @PathVariable String uuid,
            @RequestParam(name = SESSION_PARAMETER, required = false) String sessionToken, HttpServletResponse response) {
        LearnerBadge badge = own(user, uuid);
        badges.claim(user, badge);
        UriComponentsBuilder target = UriComponentsBuilder.fromPath("/course/{courseId}/badges/{uuid}").queryParam("claimed", "1");
        if (sessionToken != null && !sessionToken.isBlank()) {
            target.queryParam(SESSION_PARAMETER, URLEncoder.encode(sessionToken, StandardCharsets.UTF_8));
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader(HttpHeaders.LOCATION, target.buildAndExpand(courseId, badge.uuid()).toUriString());
    }

    @GetMapping("/course/{courseId}/badges/{uuid}/download/{format}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal LtiUser user, @PathVariable long courseId,
            @PathVariable String uuid, @PathVariable String format) {
        LearnerBadge badge = own(user, uuid);
        BadgeDownloads.Format parsed;
        try {
            parsed = BadgeDownloads.Format.valueOf(format.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw new WalletException(404, "download_format_unknown", "Badges download as json, jwt, png or svg.");
        }
        BadgeDownload file = downloads.download(badge, parsed).orElseThrow(() -> new WalletException(404,
                "download_format_unavailable", "This badge's issuer signs it in another form: use the other download."));
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .contentType(MediaType.parseMediaType(file.mediaType()))
            .body(file.bytes());
    }

    @GetMapping(path = "/course/{courseId}/badges/{uuid}/image.svg", produces = "image/svg+xml")
    ResponseEntity<String> image(@AuthenticationPrincipal LtiUser user, @PathVariable long courseId, @PathVariable String uuid) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("image/svg+xml"))
            .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
            .body(downloads.image(own(user, uuid)));
    }

    @ExceptionHandler(WalletException.class)
    String failed(WalletException ex, Model model, HttpServletResponse response) {
        response.setStatus(ex.status());
        model.addAttribute("code", ex.code());
        model.addAttribute("message", ex.getMessage());
        return ERROR_VIEW;
    }

    @ExceptionHandler(IllegalStateException.class)
    String notClaimable(IllegalStateException ex, Model model, HttpServletResponse response) {
        if (!"credential_not_claimable".equals(ex.getMessage())) {
            throw ex;
        }
        return failed(new WalletException(409, "credential_not_claimable",
                "This badge is revoked or suspended, so it cannot be claimed."), model, response);
    }

    private LearnerBadge own(LtiUser user, String uuid) {
        UUID parsed;
        try {
            parsed = UUID.fromString(uuid);
        }
        catch (IllegalArgumentException ex) {
            throw notFound();
        }
        return badges.find(user, parsed).orElseThrow(LearnerBadgesController::notFound);
    }

    private static WalletException notFound() {
        return new WalletException(404, "credential_not_found", "There is no such badge among yours.");
    }
}
