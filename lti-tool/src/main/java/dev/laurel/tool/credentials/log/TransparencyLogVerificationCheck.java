package dev.laurel.tool.credentials.log;

import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.PresentedCredential;
import dev.laurel.tool.credentials.VerificationCheck;
import dev.laurel.tool.credentials.VerificationStep;
import dev.laurel.tool.credentials.VerificationStep.Outcome;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The {@code transparency_log} check: a credential Laurel issued must be in Laurel's log, proven by an
 * inclusion proof checked against the latest signed tree head with {@link MerkleProofVerifier}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9162#section-8.1.1">RFC 9162 §8.1.1 (inclusion)</a>
 */
@Component
public class TransparencyLogVerificationCheck implements VerificationCheck {

    static final String CHECK = "transparency_log";

    private final TransparencyLog log;
    private final SignedTreeHeads heads;
    private final LaurelProperties laurel;

    TransparencyLogVerificationCheck(TransparencyLog log, SignedTreeHeads heads, LaurelProperties laurel) {
        this.log = log;
        this.heads = heads;
        this.laurel = laurel;
    }

    @Override
    public VerificationStep verify(PresentedCredential credential) {
        if (!issuedByLaurel(credential.document())) {
            return new VerificationStep(CHECK, Outcome.NOT_APPLICABLE, "The credential was not issued by Laurel, whose log only holds its own.");
        }
        byte[] entryHash = IssuedCredential.sha256(credential.serialized());
        Optional<Long> index = log.leafIndex(entryHash);
        if (index.isEmpty()) {
            return new VerificationStep(CHECK, Outcome.FAILED, "The credential is not in the log: Laurel never issued these exact bytes.");
        }
        SignedTreeHead head = heads.latest();
        List<byte[]> proof = log.inclusionProof(index.get(), head.treeSize());
        if (!MerkleProofVerifier.verifyInclusion(index.get(), head.treeSize(), MerkleHashes.leafHash(entryHash), proof, head.rootHash())) {
            return new VerificationStep(CHECK, Outcome.FAILED, "The log's inclusion proof for the credential does not verify.");
        }
        return new VerificationStep(CHECK, Outcome.PASSED,
                "The credential is entry " + index.get() + " of Laurel's log (signed tree head of size " + head.treeSize() + ").");
    }

    private boolean issuedByLaurel(JsonNode document) {
        JsonNode issuer = document.get("issuer");
        JsonNode issuerId = issuer != null && issuer.isObject() ? issuer.get("id") : issuer;
        String prefix = laurel.baseUrl() + "/";
        return issuerId != null && issuerId.isString() && issuerId.asString().startsWith(prefix);
    }
}
