package dev.laurel.tool.credentials.verification;

import dev.laurel.tool.credentials.proof.EddsaRdfc2022Proof;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Picks the embedded proof the verifier checks: the {@code eddsa-rdfc-2022} one if any, else the first. */
final class EmbeddedProofs {

    private EmbeddedProofs() {
    }

    static List<JsonNode> all(JsonNode document) {
        JsonNode proof = document.path("proof");
        List<JsonNode> proofs = new ArrayList<>();
        if (proof.isObject()) {
            proofs.add(proof);
        }
        else if (proof.isArray()) {
            proof.forEach(each -> {
                if (each.isObject()) {
                    proofs.add(each);
                }
            });
        }
        return proofs;
    }

    static Optional<JsonNode> selected(JsonNode document) {
        List<JsonNode> proofs = all(document);
        return proofs.stream().filter(EmbeddedProofs::isEddsaRdfc2022).findFirst()
            .or(() -> proofs.stream().findFirst());
    }

    static boolean isEddsaRdfc2022(JsonNode proof) {
        return EddsaRdfc2022Proof.TYPE.equals(proof.path("type").asString(""))
                && EddsaRdfc2022Proof.CRYPTOSUITE.equals(proof.path("cryptosuite").asString(""));
    }
}
