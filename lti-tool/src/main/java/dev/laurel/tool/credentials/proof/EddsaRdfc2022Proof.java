package dev.laurel.tool.credentials.proof;

import dev.laurel.tool.credentials.issuer.Base58Btc;
import dev.laurel.tool.credentials.issuer.SigningKey;
import dev.laurel.tool.credentials.issuer.VerificationKey;
import dev.laurel.tool.credentials.jsonld.FirstDegreeHashes;
import dev.laurel.tool.credentials.jsonld.RdfCanonicalizer;
import dev.laurel.tool.credentials.jsonld.RdfCanonicalizer.CanonicalizationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.util.Assert;
import org.springframework.util.ConcurrentLruCache;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code eddsa-rdfc-2022} cryptosuite: RDFC-1.0 canonical forms of the proof configuration and of the
 * unsecured document, SHA-256 of each, and an Ed25519 signature over {@code proofHash ‖ docHash},
 * encoded base58btc multibase.
 *
 * @see <a href="https://www.w3.org/TR/vc-di-eddsa/#eddsa-rdfc-2022">Data Integrity EdDSA Cryptosuites §3.3</a>
 */
public final class EddsaRdfc2022Proof {

    public static final String TYPE = "DataIntegrityProof";
    public static final String CRYPTOSUITE = "eddsa-rdfc-2022";
    private static final int MAX_CACHED_PROOF_CONFIGS = 64;

    private final RdfCanonicalizer canonicalizer;
    private final JsonMapper mapper;
    private final JakartaJson jakarta;
    /**
     * Canonical proof configurations by their exact JSON text: one issuer key signs every credential of a
     * second with the same configuration ({@code created} has whole seconds).
     */
    private final ConcurrentLruCache<String, Canonical> proofConfigs;

    public EddsaRdfc2022Proof(RdfCanonicalizer canonicalizer, JsonMapper mapper) {
        Assert.notNull(canonicalizer, "canonicalizer cannot be null");
        Assert.notNull(mapper, "mapper cannot be null");
        this.canonicalizer = canonicalizer;
        this.mapper = mapper;
        this.jakarta = new JakartaJson(mapper);
        this.proofConfigs = new ConcurrentLruCache<>(MAX_CACHED_PROOF_CONFIGS, this::canonicalize);
    }

    /**
     * A copy of {@code unsecured} with a {@code proof} made by {@code key} at {@code created} (whole seconds). The
     * copy shares the members of {@code unsecured} (it is meant to be written out, not changed).
     */
    public ObjectNode sign(ObjectNode unsecured, SigningKey key, Instant created) throws CanonicalizationException {
        ObjectNode proof = mapper.createObjectNode();
        proof.put("type", TYPE);
        proof.put("cryptosuite", CRYPTOSUITE);
        proof.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
        proof.put("verificationMethod", key.id());
        proof.put("proofPurpose", "assertionMethod");
        ObjectNode document = withoutProof(unsecured);
        Hashes hashes = hash(document, proof);
        proof.put("proofValue", "z" + Base58Btc.encode(key.signEd25519(hashes.combined())));
        document.set("proof", proof);
        return document;
    }

    /**
     * Checks {@code proof} (one of the document's proofs) against {@code key}: true only if the signature
     * matches the canonical document and proof configuration.
     *
     * @see <a href="https://www.w3.org/TR/vc-di-eddsa/#verify-proof-eddsa-rdfc-2022">§3.3.2 Verify Proof</a>
     */
    public boolean verify(ObjectNode secured, JsonNode proof, VerificationKey key) throws CanonicalizationException {
        return check(secured, proof, key).valid();
    }

    /** Like {@link #verify}, and tells whether the canonical document is free of RDFC-1.0 N-degree tie-breaks. */
    public Check check(ObjectNode secured, JsonNode proof, VerificationKey key) throws CanonicalizationException {
        String proofValue = proof.path("proofValue").asString("");
        if (!proofValue.startsWith("z")) {
            return new Check(false, true);
        }
        byte[] signature;
        try {
            signature = Base58Btc.decode(proofValue.substring(1));
        }
        catch (IllegalArgumentException ex) {
            return new Check(false, true);
        }
        ObjectNode document = withoutProof(secured);
        ObjectNode config = ((ObjectNode) proof).deepCopy();
        config.remove("proofValue");
        Hashes hashes = hash(document, config);
        boolean valid = key.verifyEd25519(hashes.combined(), signature);
        return new Check(valid, valid || FirstDegreeHashes.distinguishAll(hashes.canonicalDocument()));
    }

    /**
     * The cryptosuite's transformation and hashing steps for an unsecured document and a proof
     * configuration without {@code proofValue} (the configuration gets the document's {@code @context}).
     *
     * @see <a href="https://www.w3.org/TR/vc-di-eddsa/#hashing-eddsa-rdfc-2022">§3.3.4 Hashing</a>
     */
    public Hashes hash(ObjectNode unsecured, ObjectNode proofConfig) throws CanonicalizationException {
        ObjectNode config = proofConfig.deepCopy();
        config.remove("proofValue");
        if (unsecured.has("@context")) {
            config.set("@context", unsecured.get("@context"));
        }
        String canonicalProof = proofConfigs.get(mapper.writeValueAsString(config)).nquads();
        String canonicalDocument = canonicalizer.canonicalize(jakarta.object(unsecured));
        return new Hashes(canonicalDocument, canonicalProof, sha256(canonicalDocument), sha256(canonicalProof));
    }

    /** A shallow copy without {@code proof}: the members are shared, never changed. */
    private ObjectNode withoutProof(ObjectNode document) {
        ObjectNode copy = mapper.createObjectNode();
        document.properties().forEach(member -> {
            if (!"proof".equals(member.getKey())) {
                copy.set(member.getKey(), member.getValue());
            }
        });
        return copy;
    }

    private Canonical canonicalize(String json) {
        try {
            return new Canonical(canonicalizer.canonicalize(JakartaJson.parse(json)), null);
        }
        catch (CanonicalizationException ex) {
            return new Canonical(null, ex.getMessage());
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * The outcome of checking a proof.
     *
     * @param valid whether the signature matches
     * @param unambiguous whether RDFC-1.0 labelled the document's blank nodes by first-degree hashes alone
     *        (always true when valid); a mismatch on an ambiguous document may come from a canonicalizer
     *        disagreement rather than from the signature
     */
    public record Check(boolean valid, boolean unambiguous) {
    }

    /** A canonical form, or why there is none. */
    private record Canonical(String canonical, String failure) {

        String nquads() throws CanonicalizationException {
            if (canonical == null) {
                throw new CanonicalizationException(failure);
            }
            return canonical;
        }
    }

    /** The intermediate values of {@link #hash}; the test vectors publish each of them. */
    public record Hashes(String canonicalDocument, String canonicalProofConfig, byte[] documentHash, byte[] proofConfigHash) {

        /** {@code proofConfigHash ‖ documentHash}: the bytes that are signed. */
        public byte[] combined() {
            byte[] combined = new byte[proofConfigHash.length + documentHash.length];
            System.arraycopy(proofConfigHash, 0, combined, 0, proofConfigHash.length);
            System.arraycopy(documentHash, 0, combined, proofConfigHash.length, documentHash.length);
            return combined;
        }
    }
}
