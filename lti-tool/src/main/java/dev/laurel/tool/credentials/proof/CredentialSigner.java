package dev.laurel.tool.credentials.proof;

import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.issuer.IssuerDirectory;
import dev.laurel.tool.credentials.issuer.IssuerKeyStore;
import dev.laurel.tool.credentials.issuer.IssuerProfile;
import dev.laurel.tool.credentials.issuer.SigningKey;
import dev.laurel.tool.credentials.jsonld.RdfCanonicalizer.CanonicalizationException;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Signs any credential Laurel issues (achievement credentials, status-list credentials) with the current
 * key of the issuer named in its {@code issuer}, in the requested proof format.
 */
@Component
public class CredentialSigner {

    private final IssuerDirectory directory;
    private final IssuerKeyStore keys;
    private final VcJwtProof vcJwt;
    private final EddsaRdfc2022Proof eddsa;
    private final JsonMapper mapper;
    private final Clock clock;

    public CredentialSigner(IssuerDirectory directory, IssuerKeyStore keys, VcJwtProof vcJwt, EddsaRdfc2022Proof eddsa,
            JsonMapper mapper, Clock clock) {
        this.directory = directory;
        this.keys = keys;
        this.vcJwt = vcJwt;
        this.eddsa = eddsa;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Secures {@code credential} (which must have an {@code id} and an {@code issuer} that is one of Laurel's
     * issuer profiles) in {@code format}.
     *
     * @throws IllegalArgumentException if the issuer is not Laurel's or the document cannot be canonicalized
     */
    public IssuedCredential sign(ObjectNode credential, ProofFormat format) {
        Assert.notNull(credential, "credential cannot be null");
        Assert.notNull(format, "format cannot be null");
        JsonNode issuerNode = credential.path("issuer");
        String issuerId = issuerNode.isObject() ? issuerNode.path("id").asString(null) : issuerNode.asString(null);
        IssuerProfile issuer = directory.findById(issuerId)
            .orElseThrow(() -> new IllegalArgumentException("unknown_issuer: " + issuerId + " is not one of Laurel's issuers"));
        String credentialId = credential.path("id").asString(null);
        Assert.hasText(credentialId, "credential must have an id");
        SigningKey key = keys.currentSigningKey(issuer, format.keyAlgorithm());
        return new IssuedCredential(credentialId, issuer.id(), format.mediaType(), secure(credential, key, format));
    }

    /** The serialized secured credential: the compact JWS, or the JSON with its embedded proof. */
    public String secure(ObjectNode credential, SigningKey key, ProofFormat format) {
        Assert.isTrue(key.algorithm() == format.keyAlgorithm(), "the key does not match the proof format");
        if (format == ProofFormat.EDDSA_RDFC_2022) {
            try {
                return mapper.writeValueAsString(eddsa.sign(credential, key, clock.instant()));
            }
            catch (CanonicalizationException ex) {
                throw new IllegalArgumentException("credential_not_canonicalizable: " + ex.getMessage(), ex);
            }
        }
        return vcJwt.sign(credential, key);
    }
}
