package dev.laurel.tool.credentials.proof;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.tool.credentials.issuer.Multikey;
import dev.laurel.tool.credentials.issuer.SigningKey;
import dev.laurel.tool.credentials.jsonld.BundledDocumentLoader;
import dev.laurel.tool.credentials.jsonld.ClasspathText;
import dev.laurel.tool.credentials.jsonld.RdfCanonicalizer;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reproduces the W3C eddsa-rdfc-2022 test vectors byte for byte (vc-di-eddsa TestVectors). */
class EddsaRdfc2022ProofTests {

    private static final String DIR = "credentials/vectors/";
    private final JsonMapper mapper = JsonMapper.shared();
    private final EddsaRdfc2022Proof proof = new EddsaRdfc2022Proof(new RdfCanonicalizer(BundledDocumentLoader.withExtra(
            Map.of("https://www.w3.org/ns/credentials/examples/v2", ClasspathText.read(DIR + "credentials-examples-v2.jsonld")))),
            mapper);

    @Test
    void reproducesCanonicalFormsAndHashesOfTheTestVector() throws Exception {
        ObjectNode unsigned = (ObjectNode) mapper.readTree(vector("unsigned.json"));
        ObjectNode proofConfig = (ObjectNode) mapper.readTree(vector("eddsa-rdfc-2022/proofConfigDataInt.json"));

        EddsaRdfc2022Proof.Hashes hashes = proof.hash(unsigned, proofConfig);

        assertThat(hashes.canonicalDocument()).isEqualTo(vector("eddsa-rdfc-2022/canonDocDataInt.txt"));
        assertThat(hashes.canonicalProofConfig()).isEqualTo(vector("eddsa-rdfc-2022/proofCanonDataInt.txt"));
        assertThat(HexFormat.of().formatHex(hashes.documentHash())).isEqualTo(vector("eddsa-rdfc-2022/docHashDataInt.txt").strip());
        assertThat(HexFormat.of().formatHex(hashes.proofConfigHash())).isEqualTo(vector("eddsa-rdfc-2022/proofHashDataInt.txt").strip());
        assertThat(HexFormat.of().formatHex(hashes.combined())).isEqualTo(vector("eddsa-rdfc-2022/combinedHashDataInt.txt").strip());
    }

    @Test
    void reproducesTheSignatureAndSignedDocumentOfTheTestVector() throws Exception {
        ObjectNode unsigned = (ObjectNode) mapper.readTree(vector("unsigned.json"));
        ObjectNode expected = (ObjectNode) mapper.readTree(vector("eddsa-rdfc-2022/signedDataInt.json"));

        ObjectNode signed = proof.sign(unsigned, testVectorKey(), Instant.parse("2023-02-24T23:36:38Z"));

        assertThat(signed.path("proof").path("proofValue").asString()).isEqualTo(vector("eddsa-rdfc-2022/sigBTC58DataInt.txt").strip());
        assertThat(signed).isEqualTo(expected);
        assertThat(proof.verify(expected, expected.get("proof"), testVectorKey().verificationKey())).isTrue();
    }

    @Test
    void rejectsTheTestVectorOnceTampered() throws Exception {
        ObjectNode signed = (ObjectNode) mapper.readTree(vector("eddsa-rdfc-2022/signedDataInt.json"));
        ((ObjectNode) signed.get("credentialSubject")).put("alumniOf", "Another School");

        assertThat(proof.verify(signed, signed.get("proof"), testVectorKey().verificationKey())).isFalse();
    }

    static SigningKey testVectorKey() {
        String json = vector("keyPair.json");
        ObjectNode pair = (ObjectNode) JsonMapper.shared().readTree(json);
        String publicMultibase = pair.get("publicKeyMultibase").asString();
        byte[] x = Multikey.decodeEd25519Public(publicMultibase);
        byte[] d = Multikey.decodeEd25519Secret(pair.get("privateKeyMultibase").asString());
        assertThat(Multikey.encodeEd25519Public(x)).isEqualTo(publicMultibase);
        OctetKeyPair jwk = new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(x)).d(Base64URL.encode(d)).build();
        String did = "did:key:" + publicMultibase;
        return new SigningKey(did + "#" + publicMultibase, did, jwk);
    }

    private static String vector(String name) {
        return ClasspathText.read(DIR + name);
    }
}
