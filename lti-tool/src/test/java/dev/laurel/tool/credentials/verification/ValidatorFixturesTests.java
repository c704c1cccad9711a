package dev.laurel.tool.credentials.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.credentials.VerificationStep.Outcome;
import dev.laurel.tool.credentials.jsonld.ClasspathText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 1EdTech validator's OB 3.0 fixtures: accepted where the key resolves offline, UNRESOLVABLE where it
 * does not, and every {@code *-err-*} fixture rejected by the named check.
 */
@ToolTest
class ValidatorFixturesTests {

    @Autowired
    CredentialVerifier verifier;

    @ParameterizedTest
    @ValueSource(strings = "simple-did-key-method.json")
    void acceptsFixturesWhoseKeyResolvesOffline(String fixture) {
        var verdict = verifier.verify(fixture(fixture));

        assertThat(verdict.verified()).isTrue();
        assertThat(verdict.checks()).noneMatch(step -> step.outcome() == Outcome.FAILED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple.json", "complete.json", "simple-context-alias.json", "simple-context-version.json",
            "simple-did-web-method.json", "simple-multiple-proofs.json", "endorsement-valid.json", "simple-eddsa-2022.json",
            "simple_v1.json", "credential-status-revoked.json", "velocity.jwt"})
    void reportsKeysOutsideLaurelAsUnresolvableWithoutFailingTheCredential(String fixture) {
        var verdict = verifier.verify(fixture(fixture));

        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.step("issuer_key").orElseThrow().outcome()).isEqualTo(Outcome.UNRESOLVABLE);
        assertThat(verdict.step("issuer_key").orElseThrow().message()).startsWith("key not resolvable offline");
        assertThat(verdict.step("proof").orElseThrow().outcome()).isEqualTo(Outcome.UNRESOLVABLE);
        assertThat(verdict.checks()).noneMatch(step -> step.outcome() == Outcome.FAILED);
    }

    @ParameterizedTest
    @CsvSource({
        "simple-err-context.json, schema, schema_invalid",
        "simple-err-credential-subject-achievement-result-description-type.json, schema, schema_invalid",
        "simple-err-credential-subject-identifier-type.json, schema, schema_invalid",
        "simple-err-credential-subject-profile-type.json, schema, schema_invalid",
        "simple-err-credential-subject-result-type.json, schema, schema_invalid",
        "simple-err-credential-subject-type.json, schema, schema_invalid",
        "simple-err-evidence-type.json, schema, schema_invalid",
        "simple-err-expired.json, validity, expired",
        "simple-err-issued.json, validity, not_yet_valid",
        "simple-err-issuer-otheridentifier-type.json, schema, schema_invalid",
        "simple-err-issuer-parentorg-type.json, schema, schema_invalid",
        "simple-err-issuer-type.json, schema, schema_invalid",
        "simple-err-issuer.json, schema, schema_invalid",
        "simple-err-proof-method-no-scheme.json, issuer_key, verification_method_invalid",
        "simple-err-proof-method-unknown-did-method.json, issuer_key, verification_method_invalid",
        "simple-err-proof-method-unknown-scheme.json, issuer_key, verification_method_unsupported_scheme",
        "simple-err-type.json, schema, schema_invalid",
        "simple-err-proof-value.json, proof, signature_invalid",
        "simple-err-proof-method.json, issuer_key, verification_method_invalid",
        "simple-err-proof-method.json, proof, verification_method_invalid",
        "endorsement-err-schema-status-refresh.json, schema, credential_schema_violated",
    })
    void rejectsErrorFixturesNamingTheFailedCheck(String fixture, String check, String code) {
        CredentialVerifierTests.assertFailed(verifier.verify(fixture(fixture)), check, code);
    }

    /** The key a verificationMethod spells out in its fragment ({@code …#z6Mk…}) checks the signature, but is not trusted. */
    @Test
    void leavesASignatureMatchingTheKeyNamedInTheFragmentUnconfirmed() {
        var verdict = verifier.verify(fixture("simple.json"));

        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.step("proof").orElseThrow().outcome()).isEqualTo(Outcome.UNRESOLVABLE);
        assertThat(verdict.step("proof").orElseThrow().message()).contains("matches the key its verificationMethod names");
        assertThat(verdict.step("issuer_key").orElseThrow().outcome()).isEqualTo(Outcome.UNRESOLVABLE);
    }

    /**
     * {@code complete.json} embeds the same endorsement four times, so RDFC-1.0 needs its N-degree tie-break,
     * where titanium-rdfc and rdf-canonize disagree: a mismatch there is not called tampering.
     */
    @Test
    void doesNotCallAMismatchTamperingWhereTheCanonicalFormNeedsATieBreak() {
        var verdict = verifier.verify(fixture("complete.json"));

        assertThat(verdict.step("proof").orElseThrow().outcome()).isEqualTo(Outcome.UNRESOLVABLE);
        assertThat(verdict.step("proof").orElseThrow().message()).contains("N-degree tie-break");
    }

    /** A VC 1.1 endorsement naming the VC 2.0 endorsement schema in credentialSchema fails that schema. */
    @Test
    void namesTheDeclaredSchemaACredentialViolates() {
        var step = verifier.verify(fixture("endorsement-err-schema-status-refresh.json")).step("schema").orElseThrow();

        assertThat(step.message()).contains("ob_v3p0_endorsementcredential_schema.json");
    }

    private static String fixture(String name) {
        return ClasspathText.read("credentials/validator-ob30/" + name);
    }
}
