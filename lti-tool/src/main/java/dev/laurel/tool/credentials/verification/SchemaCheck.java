package dev.laurel.tool.credentials.verification;

import dev.laurel.tool.credentials.PresentedCredential;
import dev.laurel.tool.credentials.VerificationCheck;
import dev.laurel.tool.credentials.VerificationStep;
import dev.laurel.tool.credentials.VerificationStep.Outcome;
import dev.laurel.tool.credentials.document.OpenBadgeSchemaValidator;
import dev.laurel.tool.credentials.jsonld.BundledContexts;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Validates the credential against the bundled OB 3.0 JSON Schema and the type rules the schema leaves out.
 * VC 1.1 credentials are held to the same rules except their {@code @context} and {@code issuanceDate}.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#achievementcredential-0">Open Badges 3.0 §E.2 JSON Schema</a>
 */
@Component
@Order(30)
public class SchemaCheck implements VerificationCheck {

    public static final String NAME = "schema";

    private final OpenBadgeSchemaValidator validator;

    public SchemaCheck(OpenBadgeSchemaValidator validator) {
        this.validator = validator;
    }

    @Override
    public VerificationStep verify(PresentedCredential credential) {
        JsonNode document = credential.document();
        JsonNode context = document.path("@context");
        boolean vc11 = context.isArray() && BundledContexts.VC_V1.equals(context.path(0).asString(""));
        List<String> violations = vc11 ? validator.violationsOfVc11(document) : validator.violations(document);
        if (violations.isEmpty()) {
            return new VerificationStep(NAME, Outcome.PASSED, "Valid against " + validator.schemaIdFor(document) + ".");
        }
        return new VerificationStep(NAME, Outcome.FAILED, "schema_invalid: " + String.join("; ", violations));
    }
}
