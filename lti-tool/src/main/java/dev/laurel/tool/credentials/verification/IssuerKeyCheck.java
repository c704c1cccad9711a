package dev.laurel.tool.credentials.verification;

import dev.laurel.tool.credentials.PresentedCredential;
import dev.laurel.tool.credentials.VerificationCheck;
import dev.laurel.tool.credentials.VerificationStep;
import dev.laurel.tool.credentials.VerificationStep.Outcome;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Checks that the signing key belongs to the credential's issuer: the key's {@code controller} equals the
 * issuer's id (Laurel's keys), or the key is self-certifying ({@code did:key}, {@code jwk} header).
 *
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/#issuer">VC Data Model 2.0 §4.7 Issuer</a>
 */
@Component
@Order(20)
public class IssuerKeyCheck implements VerificationCheck {

    public static final String NAME = "issuer_key";

    private final VerificationKeyResolver resolver;

    public IssuerKeyCheck(VerificationKeyResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public VerificationStep verify(PresentedCredential credential) {
        KeyResolution key = resolver.resolve(credential);
        switch (key.status()) {
            case UNRESOLVABLE:
                return new VerificationStep(NAME, Outcome.UNRESOLVABLE, key.message());
            case FAILED:
                return new VerificationStep(NAME, Outcome.FAILED, key.code() + ": " + key.message());
            default:
                break;
        }
        String issuerId = issuerId(credential.document());
        String controller = key.key().controller();
        if (controller == null) {
            return new VerificationStep(NAME, Outcome.PASSED, "The key resolved offline: " + key.message() + ".");
        }
        // Controlled Identifiers §3.3: the verification method's controller must be the issuer
        if (!controller.equals(issuerId)) {
            return new VerificationStep(NAME, Outcome.FAILED, "key_controller_mismatch: the key " + key.reference()
                    + " belongs to " + controller + ", not to the credential's issuer " + issuerId + ".");
        }
        return new VerificationStep(NAME, Outcome.PASSED, "The key " + key.reference() + " is controlled by the issuer " + issuerId + ".");
    }

    static String issuerId(JsonNode document) {
        JsonNode issuer = document.path("issuer");
        return issuer.isObject() ? issuer.path("id").asString(null) : issuer.asString(null);
    }
}
