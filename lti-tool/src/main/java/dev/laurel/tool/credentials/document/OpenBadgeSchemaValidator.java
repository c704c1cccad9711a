package dev.laurel.tool.credentials.document;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.laurel.tool.credentials.jsonld.ClasspathText;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates credentials against the bundled OB 3.0 JSON Schemas (draft 2019-09): the achievement-credential
 * schema (which covers {@code OpenBadgeCredential}) and the endorsement-credential schema. Nothing is fetched.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#achievementcredential-0">Open Badges 3.0 §E JSON Schema</a>
 */
@Component
public class OpenBadgeSchemaValidator {

    private static final int MAX_REPORTED = 5;

    private final Schema achievementCredential;
    private final Schema endorsementCredential;

    public OpenBadgeSchemaValidator(JsonMapper mapper) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09);
        this.achievementCredential = load(registry, mapper, "ob_v3p0_achievementcredential_schema.json");
        this.endorsementCredential = load(registry, mapper, "ob_v3p0_endorsementcredential_schema.json");
    }

    /** The schema violations of {@code credential} (at most a few, each "path: message"); empty when valid. */
    public List<String> violations(JsonNode credential) {
        Schema schema = hasType(credential, "EndorsementCredential") ? endorsementCredential : achievementCredential;
        List<Error> errors = schema.validate(credential);
        return Stream.concat(errors.stream().map(Error::toString), TypeValueRules.violations(credential).stream())
            .limit(MAX_REPORTED).toList();
    }

    /**
     * The violations of a VC 1.1 credential (the form before OB 3.0.3): the same rules except the two the VC
     * 2.0 data model changed, the {@code @context} URL and {@code validFrom} (VC 1.1 has {@code issuanceDate}).
     */
    public List<String> violationsOfVc11(JsonNode credential) {
        Schema schema = hasType(credential, "EndorsementCredential") ? endorsementCredential : achievementCredential;
        return Stream.concat(schema.validate(credential).stream()
                    .filter(error -> !error.getInstanceLocation().toString().startsWith("/@context"))
                    .filter(error -> !"validFrom".equals(error.getProperty()))
                    .map(Error::toString),
                TypeValueRules.violations(credential).stream())
            .limit(MAX_REPORTED).toList();
    }

    /**
     * The violations of {@code credential} against the bundled schema whose {@code $id} is {@code schemaId}
     * (as a {@code credentialSchema} entry names it), with none of the VC 1.1 allowances; empty when that
     * schema is not bundled.
     */
    public Optional<List<String>> violationsOf(String schemaId, JsonNode credential) {
        return Stream.of(achievementCredential, endorsementCredential)
            .filter(schema -> schema.getId().equals(schemaId))
            .findFirst()
            .map(schema -> schema.validate(credential).stream().map(Error::toString).limit(MAX_REPORTED).toList());
    }

    /** The schema the credential is checked against: its {@code $id}. */
    public String schemaIdFor(JsonNode credential) {
        return (hasType(credential, "EndorsementCredential") ? endorsementCredential : achievementCredential).getId();
    }

    private static boolean hasType(JsonNode credential, String type) {
        JsonNode types = credential.path("type");
        if (types.isString()) {
            return type.equals(types.asString());
        }
        for (JsonNode each : types) {
            if (type.equals(each.asString(""))) {
                return true;
            }
        }
        return false;
    }

    private static Schema load(SchemaRegistry registry, JsonMapper mapper, String file) {
        JsonNode node = mapper.readTree(ClasspathText.read("credentials/schema/" + file));
        return registry.getSchema(SchemaLocation.of(node.path("$id").asString()), node);
    }
}
