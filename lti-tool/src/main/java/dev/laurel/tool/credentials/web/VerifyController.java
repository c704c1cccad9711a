package dev.laurel.tool.credentials.web;

import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.credentials.VerificationStep;
import dev.laurel.tool.credentials.VerificationStep.Outcome;
import dev.laurel.tool.credentials.issuing.IssuedCredentialStore;
import dev.laurel.tool.credentials.verification.CredentialVerifier;
import dev.laurel.tool.credentials.verification.CredentialVerifier.Verdict;
import dev.laurel.tool.credentials.verification.PresentedCredentialParser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public verifier: a page (paste, upload, or open a credential URL on this server) and an API that takes
 * the credential as the request body (JSON, or a compact JWT as {@code text/plain} / {@code application/vc+jwt}).
 */
@Controller
class VerifyController {

    static final String VIEW = "credentials/verify";
    private static final int MAX_BODY_BYTES = PresentedCredentialParser.MAX_LENGTH;

    private final CredentialVerifier verifier;
    private final IssuedCredentialStore credentials;
    private final String credentialsPrefix;

    VerifyController(CredentialVerifier verifier, IssuedCredentialStore credentials, LaurelProperties laurel) {
        this.verifier = verifier;
        this.credentials = credentials;
        this.credentialsPrefix = laurel.baseUrl() + "/credentials/";
    }

    @GetMapping("/verify")
    String page(@RequestParam(name = "url", required = false) String url, Model model) {
        if (url != null && !url.isBlank()) {
            Optional<String> local = localCredential(url.strip());
            if (local.isEmpty()) {
                model.addAttribute("verdict", new Verdict(false, List.of(new VerificationStep("format", Outcome.FAILED,
                        "credential_not_found: only credentials issued by this Laurel server (" + credentialsPrefix
                                + "…) can be opened by URL; paste or upload others."))));
            }
            else {
                model.addAttribute("presented", local.get());
                model.addAttribute("verdict", verifier.verify(local.get()));
            }
            model.addAttribute("url", url);
        }
        return VIEW;
    }

    @PostMapping(path = "/verify", consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE},
            produces = MediaType.TEXT_HTML_VALUE)
    String verifyForm(@RequestParam(name = "credential", required = false) String pasted,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        String presented = pasted;
        if (file != null && !file.isEmpty()) {
            presented = file.getSize() > MAX_BODY_BYTES ? null : new String(file.getBytes(), StandardCharsets.UTF_8);
        }
        model.addAttribute("presented", presented);
        model.addAttribute("verdict", presented == null && file != null && !file.isEmpty() ? tooLarge() : verifier.verify(presented));
        return VIEW;
    }

    @PostMapping(path = "/verify", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/ld+json", "application/vc+ld+json",
            "application/vc+jwt", "application/jwt", MediaType.TEXT_PLAIN_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Verdict> verifyBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge());
        }
        byte[] body = readAtMost(request.getInputStream(), MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge());
        }
        return ResponseEntity.ok(verifier.verify(new String(body, StandardCharsets.UTF_8)));
    }

    @PostMapping(path = "/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Verdict> unsupportedMediaType() {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(new Verdict(false, List.of(new VerificationStep(
                "format", Outcome.FAILED, "unsupported_media_type: send JSON (application/json) or a compact JWT "
                        + "(text/plain, application/vc+jwt)."))));
    }

    private Optional<String> localCredential(String url) {
        if (!url.startsWith(credentialsPrefix)) {
            return Optional.empty();
        }
        try {
            return credentials.find(UUID.fromString(url.substring(credentialsPrefix.length()))).map(c -> c.serialized());
        }
        catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    private static Verdict tooLarge() {
        return new Verdict(false, List.of(new VerificationStep("format", Outcome.FAILED,
                "body_too_large: the verifier reads at most " + MAX_BODY_BYTES + " bytes.")));
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }
}
