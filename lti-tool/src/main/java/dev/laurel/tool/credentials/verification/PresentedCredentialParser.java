package dev.laurel.tool.credentials.verification;

import com.nimbusds.jose.JWSObject;
import dev.laurel.tool.credentials.PresentedCredential;
import java.text.ParseException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns presented text into a {@link PresentedCredential}: a JSON credential, or a compact VC-JWT whose
 * payload is the credential (VC 2.0 / OB 3.0) or carries it in a {@code vc} claim (VC 1.1).
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#jwt-proof">Open Badges 3.0 §8.2 JSON Web Token Proof Format</a>
 */
@Component
public class PresentedCredentialParser {

    /** The largest credential the verifier reads, in characters. */
    public static final int MAX_LENGTH = 512 * 1024;

    private final JsonMapper mapper;

    public PresentedCredentialParser(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public PresentedCredential parse(String text) throws CredentialParseException {
        if (text == null || text.isBlank()) {
            throw new CredentialParseException("empty_credential", "Nothing was presented: paste a credential JSON or JWT.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new CredentialParseException("credential_too_large", "The credential is larger than " + MAX_LENGTH + " characters.");
        }
        String trimmed = text.strip();
        return trimmed.startsWith("{") ? parseJson(trimmed) : parseJwt(trimmed);
    }

    private PresentedCredential parseJson(String json) throws CredentialParseException {
        JsonNode document;
        try {
            document = mapper.readTree(json);
        }
        catch (JacksonException ex) {
            throw new CredentialParseException("malformed_json", "The credential is not valid JSON.");
        }
        if (document == null || !document.isObject()) {
            throw new CredentialParseException("malformed_json", "The credential is not a JSON object.");
        }
        return new PresentedCredential(document, null, json);
    }

    private PresentedCredential parseJwt(String compact) throws CredentialParseException {
        if (!compact.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*")) {
            throw new CredentialParseException("malformed_jwt", "The credential is neither JSON nor a compact JWS (header.payload.signature).");
        }
        JsonNode payload;
        try {
            JWSObject jws = JWSObject.parse(compact);
            payload = mapper.readTree(jws.getPayload().toString());
        }
        catch (ParseException | JacksonException | IllegalArgumentException ex) {
            throw new CredentialParseException("malformed_jwt", "The JWT's header or payload is not valid base64url JSON.");
        }
        if (payload == null || !payload.isObject()) {
            throw new CredentialParseException("malformed_jwt", "The JWT's payload is not a JSON object.");
        }
        JsonNode document = payload.path("vc").isObject() ? payload.get("vc") : payload;
        return new PresentedCredential(document, compact, compact);
    }
}
