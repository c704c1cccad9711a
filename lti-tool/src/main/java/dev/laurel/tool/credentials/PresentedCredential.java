package dev.laurel.tool.credentials;

import org.springframework.util.Assert;
import tools.jackson.databind.JsonNode;

/**
 * A credential handed to the verifier, after unbaking and parsing.
 *
 * @param document the credential JSON (for VC-JWT, the payload's credential: the payload itself, or its
 *        {@code vc} claim in the VC 1.1 form)
 * @param compactJwt the compact JWS when it came as VC-JWT, else {@code null}
 * @param serialized the credential exactly as presented (the JWS, or the JSON text)
 */
public record PresentedCredential(JsonNode document, String compactJwt, String serialized) {

    public PresentedCredential {
        Assert.notNull(document, "document cannot be null");
        Assert.hasText(serialized, "serialized cannot be empty");
    }

    public boolean isJwt() {
        return compactJwt != null;
    }
}
