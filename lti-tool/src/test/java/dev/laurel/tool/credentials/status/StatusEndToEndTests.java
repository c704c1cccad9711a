package dev.laurel.tool.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.TestAchievements;
import dev.laurel.tool.credentials.VerificationStep;
import dev.laurel.tool.credentials.VerificationStep.Outcome;
import dev.laurel.tool.credentials.issuer.IssuerDirectory;
import dev.laurel.tool.credentials.issuer.IssuerProfile;
import dev.laurel.tool.credentials.issuing.CredentialIssuer;
import dev.laurel.tool.credentials.proof.ProofFormat;
import dev.laurel.tool.credentials.verification.CredentialVerifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issuing through the real issuer, then verifying through the real verifier: status and log checks end to end. */
@ToolTest
@DatabaseTest
class StatusEndToEndTests {

    @Autowired
    CredentialIssuer issuer;
    @Autowired
    CredentialVerifier verifier;
    @Autowired
    CredentialStatusService statuses;
    @Autowired
    BitstringStatusAllocator allocator;
    @Autowired
    IssuerDirectory directory;
    @Autowired
    LaurelProperties laurel;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @EnumSource(ProofFormat.class)
    void issuedCredentialVerifiesUntilRevokedThenFailsWithTheReason(ProofFormat format) {
        IssuedCredential issued = issuer.issue(TestAchievements.request(TestAchievements.uniqueKey(), "grace").withProofFormat(format));

        CredentialVerifier.Verdict before = verifier.verify(issued.serialized());
        assertThat(before.step("status")).map(VerificationStep::outcome).hasValue(Outcome.PASSED);
        assertThat(before.step("transparency_log")).map(VerificationStep::outcome).hasValue(Outcome.PASSED);
        assertThat(before.verified()).isTrue();

        statuses.revoke(issued.credentialId(), "Issued in error", true, "account:9");

        CredentialVerifier.Verdict after = verifier.verify(issued.serialized());
        assertThat(after.verified()).isFalse();
        assertThat(after.step("status")).hasValue(new VerificationStep("status", Outcome.FAILED,
                "revoked on " + LocalDate.now(ZoneOffset.UTC) + ": Issued in error"));
        assertThat(after.step("transparency_log")).map(VerificationStep::outcome).hasValue(Outcome.PASSED);
    }

    @org.junit.jupiter.api.Test
    void suspensionOfAnIssuedCredentialFailsItsVerificationUntilLifted() {
        IssuedCredential issued = issuer.issue(TestAchievements.request(TestAchievements.uniqueKey(), "hopper"));
        assertThat(verifier.verify(issued.serialized()).step("status")).map(VerificationStep::outcome).hasValue(Outcome.PASSED);

        statuses.suspend(issued.credentialId(), "Appeal pending", false, "account:9");
        assertThat(verifier.verify(issued.serialized()).step("status"))
                .hasValue(new VerificationStep("status", Outcome.FAILED, "suspended"));
        statuses.unsuspend(issued.credentialId(), "Appeal rejected", false, "account:9");

        assertThat(verifier.verify(issued.serialized()).verified()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(ProofFormat.class)
    void servedStatusListCredentialVerifiesWithTheIssuersKeyInEachProofFormat(ProofFormat format) throws Exception {
        String slug = "status-" + format.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 6);
        IssuerProfile profile = directory.register(new IssuerProfile(slug, directory.idFor(slug), "Status College", null, null, null,
                "Belgium", "BE", format.name()));
        String listUrl = allocator.allocate(profile.id(), profile.id() + "/credentials/" + UUID.randomUUID()).get(0)
                .get("statusListCredential").asString();

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + listUrl.substring(laurel.baseUrl().length()))).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(format.mediaType()));
        CredentialVerifier.Verdict verdict = verifier.verify(response.body());
        assertThat(verdict.step("proof")).map(VerificationStep::outcome).hasValue(Outcome.PASSED);
    }
}
