package dev.laurel.tool.credentials.verification;

import dev.laurel.tool.credentials.PresentedCredential;
import dev.laurel.tool.credentials.VerificationCheck;
import dev.laurel.tool.credentials.VerificationStep;
import dev.laurel.tool.credentials.VerificationStep.Outcome;
import dev.laurel.tool.credentials.document.OpenBadgeSchemaValidator;
import dev.laurel.tool.credentials.jsonld.BundledContexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Validates the credential against the bundled OB 3.0 JSON Schema and the type rules the schema leaves out.
 * VC 1.1 credentials are held to the same rules except their {@code @context} and {@code issuanceDate}.
 * Every {@code 1EdTechJsonSchemaValidator2019} schema the credential names in {@code credentialSchema} must
 * hold too, without allowances: a bundled one is checked, another one (never fetched) leaves the check
 * unresolved.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#achievementcredential-0">Open Badges 3.0 §E.2 JSON Schema</a>
 * @see <a href="https://www.imsglobal.org/spec/vccs/v1p0/">1EdTech JSON Schema Validator 2019</a>
 */
@Component
@Order(30)
public class SchemaCheck implements VerificationCheck {

    public static final String NAME = "schema";
    static final String VALIDATOR_TYPE = "1EdTechJsonSchemaValidator2019";

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
        if (!violations.isEmpty()) {
            return new VerificationStep(NAME, Outcome.FAILED, "schema_invalid: " + String.join("; ", violations));
        }
        List<String> unchecked = new ArrayList<>();
        for (String schemaId : declaredSchemas(document)) {
            Optional<List<String>> declared = validator.violationsOf(schemaId, document);
            if (declared.isEmpty()) {
                unchecked.add(schemaId);
            }
            else if (!declared.get().isEmpty()) {
                return new VerificationStep(NAME, Outcome.FAILED, "credential_schema_violated: the credential does not conform to "
                        + schemaId + ", which its credentialSchema names: " + String.join("; ", declared.get()));
            }
        }
        String valid = "Valid against " + validator.schemaIdFor(document) + ".";
        if (!unchecked.isEmpty()) {
            return new VerificationStep(NAME, Outcome.UNRESOLVABLE, valid + " The credentialSchema " + String.join(", ", unchecked)
                    + " is not bundled with Laurel and was not fetched.");
        }
        return new VerificationStep(NAME, Outcome.PASSED, valid);
    }

    /** The ids of the {@code 1EdTechJsonSchemaValidator2019} entries of {@code credentialSchema}. */
    private static List<String> declaredSchemas(JsonNode document) {
        JsonNode schemas = document.path("credentialSchema");
        List<String> ids = new ArrayList<>();
        for (JsonNode entry : schemas.isArray() ? schemas : List.of(schemas)) {
            if (VALIDATOR_TYPE.equals(entry.path("type").asString("")) && entry.path("id").isString()) {
                ids.add(entry.path("id").asString());
            }
        }
        return ids;
    }
}
