package dev.laurel.tool.credentials.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.util.Base64URL;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.TestAchievements;
import dev.laurel.tool.credentials.VerificationStep;
import dev.laurel.tool.credentials.VerificationStep.Outcome;
import dev.laurel.tool.credentials.issuer.IssuerDirectory;
import dev.laurel.tool.credentials.issuer.IssuerKeyStore;
import dev.laurel.tool.credentials.issuer.IssuerProfile;
import dev.laurel.tool.credentials.issuer.KeyAlgorithm;
import dev.laurel.tool.credentials.issuing.CredentialIssuer;
import dev.laurel.tool.credentials.proof.CredentialSigner;
import dev.laurel.tool.credentials.proof.ProofFormat;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Negative verification: every rejection names the failed check and its code. */
@ToolTest
class CredentialVerifierTests {

    @Autowired
    CredentialIssuer issuer;

    @Autowired
    CredentialSigner signer;

    @Autowired
    CredentialVerifier verifier;

    @Autowired
    IssuerDirectory directory;

    @Autowired
    IssuerKeyStore keys;

    @Autowired
    JsonMapper mapper;

    @ParameterizedTest
    @EnumSource(value = ProofFormat.class, names = {"VC_JWT_RS256", "VC_JWT_ES256"})
    void rejectsTamperedVcJwtPayload(ProofFormat format) throws Exception {
        String jwt = issue(format).serialized();
        JWSObject jws = JWSObject.parse(jwt);
        ObjectNode payload = (ObjectNode) mapper.readTree(jws.getPayload().toString());
        payload.put("name", "Doctorate in Everything");
        String[] parts = jwt.split("\\.");
        String tampered = parts[0] + "." + Base64URL.encode(mapper.writeValueAsString(payload)) + "." + parts[2];

        assertFailed(verifier.verify(tampered), "proof", "signature_invalid");
    }

    @Test
    void rejectsTamperedDataIntegrityCredential() throws Exception {
        ObjectNode document = (ObjectNode) mapper.readTree(issue(ProofFormat.EDDSA_RDFC_2022).serialized());
        ((ObjectNode) document.get("credentialSubject").get("achievement")).put("name", "Doctorate in Everything");

        assertFailed(verifier.verify(mapper.writeValueAsString(document)), "proof", "signature_invalid");
    }

    @Test
    void rejectsCredentialSignedWithAnotherIssuersKey() throws Exception {
        IssuerProfile other = directory.register(new IssuerProfile("other-college", directory.idFor("other-college"),
                "Other College", null, null, null, "France", "FR", "VC_JWT_RS256"));
        ObjectNode credential = unsigned(issue(ProofFormat.EDDSA_RDFC_2022));
        String forged = signer.secure(credential, keys.currentSigningKey(other, KeyAlgorithm.RS256), ProofFormat.VC_JWT_RS256);

        var verdict = verifier.verify(forged);

        assertThat(verdict.step("proof").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
        assertFailed(verdict, "issuer_key", "key_controller_mismatch");
    }

    @ParameterizedTest
    @EnumSource(ProofFormat.class)
    void rejectsExpiredCredential(ProofFormat format) throws Exception {
        ObjectNode credential = unsigned(issue(ProofFormat.EDDSA_RDFC_2022));
        credential.put("validFrom", Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        credential.put("validUntil", Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());

        assertFailed(verifier.verify(signer.sign(credential, format).serialized()), "validity", "expired");
    }

    @ParameterizedTest
    @EnumSource(ProofFormat.class)
    void rejectsCredentialNotYetValid(ProofFormat format) throws Exception {
        ObjectNode credential = unsigned(issue(ProofFormat.EDDSA_RDFC_2022));
        credential.put("validFrom", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());

        assertFailed(verifier.verify(signer.sign(credential, format).serialized()), "validity", "not_yet_valid");
    }

    @Test
    void rejectsJwtSignedByUnknownLaurelKey() throws Exception {
        String jwt = issue(ProofFormat.VC_JWT_RS256).serialized();
        JWSObject jws = JWSObject.parse(jwt);
        String header = Base64URL.encode(jws.getHeader().toString().replace(jws.getHeader().getKeyID(),
                directory.defaultIssuer().keyUrl("no-such-key"))).toString();
        String[] parts = jwt.split("\\.");

        assertFailed(verifier.verify(header + "." + parts[1] + "." + parts[2]), "proof", "unknown_laurel_key");
    }

    @Test
    void acceptsAnotherIssuersVc11FormWithVcClaimSignedByTheKeyInTheJwkHeader() throws Exception {
        ObjectNode credential = unsigned(issue(ProofFormat.EDDSA_RDFC_2022));
        credential.put("id", "urn:uuid:7f1c2f0e-1d7b-4a59-9a39-2b8f4c6d5e10");
        ((ObjectNode) credential.get("issuer")).put("id", "https://badges.other-university.example/issuer");
        credential.remove("credentialStatus");
        String vc11Jwt = selfSignedVc11Jwt(credential);

        var verdict = verifier.verify(vc11Jwt);

        assertThat(verdict.step("proof").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
        assertThat(verdict.step("issuer_key").orElseThrow().message()).contains("jwk");
        assertThat(verdict.verified()).isTrue();
    }

    @Test
    void rejectsALaurelCredentialResignedWithAnotherKeyAsAbsentFromTheTransparencyLog() throws Exception {
        ObjectNode credential = unsigned(issue(ProofFormat.EDDSA_RDFC_2022));
        credential.put("name", "Forged " + credential.path("name").asString());

        var verdict = verifier.verify(selfSignedVc11Jwt(credential));

        assertThat(verdict.step("transparency_log").orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(verdict.verified()).isFalse();
    }

    private String selfSignedVc11Jwt(ObjectNode credential) throws Exception {
        ObjectNode claims = mapper.createObjectNode();
        claims.set("vc", credential);
        claims.put("iss", credential.path("issuer").path("id").asString());
        claims.put("jti", credential.path("id").asString());
        claims.put("nbf", Instant.now().minus(1, ChronoUnit.HOURS).getEpochSecond());
        com.nimbusds.jose.jwk.ECKey key = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(com.nimbusds.jose.jwk.Curve.P_256).generate();
        JWSObject jws = new JWSObject(new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.ES256)
                .jwk(key.toPublicJWK()).type(com.nimbusds.jose.JOSEObjectType.JWT).build(),
                new com.nimbusds.jose.Payload(mapper.writeValueAsString(claims)));
        jws.sign(new com.nimbusds.jose.crypto.ECDSASigner(key));
        return jws.serialize();
    }

    @Test
    void rejectsJwtWhoseSignatureWasMadeByAnotherKeyThanItsJwkHeader() throws Exception {
        com.nimbusds.jose.jwk.ECKey claimed = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(com.nimbusds.jose.jwk.Curve.P_256).generate();
        com.nimbusds.jose.jwk.ECKey actual = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(com.nimbusds.jose.jwk.Curve.P_256).generate();
        JWSObject jws = new JWSObject(new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.ES256)
                .jwk(claimed.toPublicJWK()).type(com.nimbusds.jose.JOSEObjectType.JWT).build(),
                new com.nimbusds.jose.Payload(mapper.writeValueAsString(unsigned(issue(ProofFormat.EDDSA_RDFC_2022)))));
        jws.sign(new com.nimbusds.jose.crypto.ECDSASigner(actual));

        assertFailed(verifier.verify(jws.serialize()), "proof", "signature_invalid");
    }

    @Test
    void rejectsMalformedInputNamingTheFormatCheck() {
        assertFailed(verifier.verify("{\"@context\": [unterminated"), "format", "malformed_json");
        assertFailed(verifier.verify("not-a.jwt"), "format", "malformed_jwt");
        assertFailed(verifier.verify("eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln"), "format", "malformed_jwt");
        assertFailed(verifier.verify("   "), "format", "empty_credential");
        assertFailed(verifier.verify("[1,2,3]"), "format", "malformed_jwt");
    }

    @Test
    void rejectsCredentialWithoutProof() throws Exception {
        ObjectNode credential = unsigned(issue(ProofFormat.EDDSA_RDFC_2022));

        assertFailed(verifier.verify(mapper.writeValueAsString(credential)), "proof", "proof_missing");
    }

    private IssuedCredential issue(ProofFormat format) {
        return issuer.issue(TestAchievements.request(TestAchievements.uniqueKey(), "vera").withProofFormat(format));
    }

    private ObjectNode unsigned(IssuedCredential eddsaCredential) {
        ObjectNode document = (ObjectNode) mapper.readTree(eddsaCredential.serialized());
        document.remove("proof");
        return document;
    }

    static void assertFailed(CredentialVerifier.Verdict verdict, String check, String code) {
        assertThat(verdict.verified()).isFalse();
        VerificationStep step = verdict.step(check).orElseThrow(() -> new AssertionError("no " + check + " step in " + verdict));
        assertThat(step.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(step.message()).startsWith(code + ":");
    }
}
