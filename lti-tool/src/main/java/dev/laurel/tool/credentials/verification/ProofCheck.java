package dev.laurel.tool.credentials.verification;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import dev.laurel.tool.credentials.PresentedCredential;
import dev.laurel.tool.credentials.VerificationCheck;
import dev.laurel.tool.credentials.VerificationStep;
import dev.laurel.tool.credentials.VerificationStep.Outcome;
import dev.laurel.tool.credentials.jsonld.BundledDocumentLoader;
import dev.laurel.tool.credentials.jsonld.RdfCanonicalizer.CanonicalizationException;
import dev.laurel.tool.credentials.proof.EddsaRdfc2022Proof;
import java.text.ParseException;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks the credential's signature: the VC-JWT's JWS, or the embedded {@code eddsa-rdfc-2022} proof.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#proofs-signatures">Open Badges 3.0 §8 Proofs (Signatures)</a>
 */
@Component
@Order(10)
public class ProofCheck implements VerificationCheck {

    public static final String NAME = "proof";

    private final VerificationKeyResolver resolver;
    private final EddsaRdfc2022Proof eddsa;

    public ProofCheck(VerificationKeyResolver resolver, EddsaRdfc2022Proof eddsa) {
        this.resolver = resolver;
        this.eddsa = eddsa;
    }

    @Override
    public VerificationStep verify(PresentedCredential credential) {
        if (!credential.isJwt() && EmbeddedProofs.all(credential.document()).isEmpty()) {
            return failed("proof_missing", "The credential has no proof: it is neither a VC-JWT nor has an embedded proof.");
        }
        KeyResolution key = resolver.resolve(credential);
        if (key.status() == KeyResolution.Status.UNRESOLVABLE) {
            return key.namedKey() != null && !credential.isJwt() ? checkAgainstNamedKey(credential.document(), key)
                    : new VerificationStep(NAME, Outcome.UNRESOLVABLE, "The signature was not checked: " + key.message());
        }
        if (key.status() == KeyResolution.Status.FAILED) {
            return failed(key.code(), "The signature cannot be checked: " + key.message());
        }
        return credential.isJwt() ? verifyJwt(credential.compactJwt(), key) : verifyEmbedded(credential.document(), key);
    }

    private VerificationStep verifyJwt(String compact, KeyResolution key) {
        try {
            JWSObject jws = JWSObject.parse(compact);
            Optional<JWSVerifier> verifier = key.key().jwsVerifier(jws.getHeader().getAlgorithm());
            if (verifier.isEmpty()) {
                return failed("algorithm_not_supported", "The JWS algorithm " + jws.getHeader().getAlgorithm()
                        + " does not match the key or is not accepted (RS256, ES256).");
            }
            // RFC 7515 §5.2: the JWS Signature must validate with the key
            return jws.verify(verifier.get()) ? passed("The VC-JWT signature (" + jws.getHeader().getAlgorithm() + ") is valid.")
                    : failed("signature_invalid", "The VC-JWT signature does not match: the credential was altered or signed with another key.");
        }
        catch (ParseException | JOSEException ex) {
            return failed("signature_invalid", "The VC-JWT signature cannot be checked.");
        }
    }

    private VerificationStep verifyEmbedded(JsonNode document, KeyResolution key) {
        JsonNode proof = EmbeddedProofs.selected(document).orElseThrow();
        if (!EmbeddedProofs.isEddsaRdfc2022(proof)) {
            return failed("proof_type_not_supported", "The proof type " + proof.path("type").asString("?")
                    + " / " + proof.path("cryptosuite").asString("-") + " is not supported; Laurel checks DataIntegrityProof eddsa-rdfc-2022.");
        }
        // Data Integrity §4.2 Verify Proof: proofPurpose must match the expected assertionMethod
        if (!"assertionMethod".equals(proof.path("proofPurpose").asString(""))) {
            return failed("proof_purpose_mismatch", "The proof's proofPurpose is not assertionMethod.");
        }
        try {
            return eddsa.verify((ObjectNode) document, proof, key.key())
                    ? passed("The eddsa-rdfc-2022 Data Integrity proof is valid.")
                    : failed("signature_invalid", "The eddsa-rdfc-2022 proof does not match: the credential was altered or signed with another key.");
        }
        catch (CanonicalizationException ex) {
            return canonicalizationFailure(ex);
        }
    }

    /**
     * A key published where Laurel does not look, whose reference spells out an Ed25519 Multikey in its
     * fragment ({@code https://issuer.example/keys#z6Mk…}, as OB 3.0's examples and the 1EdTech validator use
     * them): a signature that does not match the key the credential itself names is rejected; one that
     * matches still leaves the key unconfirmed, since the controller document is not fetched.
     */
    private VerificationStep checkAgainstNamedKey(JsonNode document, KeyResolution key) {
        JsonNode proof = EmbeddedProofs.selected(document).orElseThrow();
        if (!EmbeddedProofs.isEddsaRdfc2022(proof) || !"assertionMethod".equals(proof.path("proofPurpose").asString(""))) {
            return new VerificationStep(NAME, Outcome.UNRESOLVABLE, "The signature was not checked: " + key.message());
        }
        try {
            EddsaRdfc2022Proof.Check check = eddsa.check((ObjectNode) document, proof, key.namedKey());
            if (check.valid()) {
                return new VerificationStep(NAME, Outcome.UNRESOLVABLE, "The eddsa-rdfc-2022 proof matches the key its "
                        + "verificationMethod names, but that key is not confirmed to be the issuer's: " + key.message());
            }
            if (!check.unambiguous()) {
                return new VerificationStep(NAME, Outcome.UNRESOLVABLE, "The signature was not checked: " + key.message()
                        + " (the credential's canonical form needs RDFC-1.0's N-degree tie-break, so a mismatch with the key "
                        + "its verificationMethod names is not taken as proof of tampering).");
            }
            return failed("signature_invalid", "The eddsa-rdfc-2022 proof does not match the key its verificationMethod "
                    + key.reference() + " names: the credential was altered or signed with another key.");
        }
        catch (CanonicalizationException ex) {
            return canonicalizationFailure(ex);
        }
    }

    private static VerificationStep canonicalizationFailure(CanonicalizationException ex) {
        if (ex.getMessage() != null && ex.getMessage().contains(BundledDocumentLoader.CONTEXT_NOT_BUNDLED)) {
            return new VerificationStep(NAME, Outcome.UNRESOLVABLE, "The proof was not checked: " + ex.getMessage());
        }
        return failed("canonicalization_failed", "The credential is not valid JSON-LD: " + ex.getMessage());
    }

    private static VerificationStep passed(String message) {
        return new VerificationStep(NAME, Outcome.PASSED, message);
    }

    private static VerificationStep failed(String code, String message) {
        return new VerificationStep(NAME, Outcome.FAILED, code + ": " + message);
    }
}
