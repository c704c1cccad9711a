package dev.laurel.tool.credentials.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.credentials.VerificationStep.Outcome;
import dev.laurel.tool.credentials.jsonld.ClasspathText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 1EdTech validator's OB 3.0 fixtures: accepted where the key resolves offline, UNRESOLVABLE where it
 * does not, and every {@code *-err-*} fixture whose defect is detectable offline rejected by the named check.
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
    })
    void rejectsErrorFixturesNamingTheFailedCheck(String fixture, String check, String code) {
        CredentialVerifierTests.assertFailed(verifier.verify(fixture(fixture)), check, code);
    }

    /** Their only defect is in a signature made by a key published on the web, which Laurel never fetches. */
    @ParameterizedTest
    @ValueSource(strings = {"simple-err-proof-value.json", "simple-err-proof-method.json"})
    void leavesErrorFixturesWithRemoteKeysUnverified(String fixture) {
        var verdict = verifier.verify(fixture(fixture));

        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.step("proof").orElseThrow().outcome()).isEqualTo(Outcome.UNRESOLVABLE);
    }

    private static String fixture(String name) {
        return ClasspathText.read("credentials/validator-ob30/" + name);
    }
}
