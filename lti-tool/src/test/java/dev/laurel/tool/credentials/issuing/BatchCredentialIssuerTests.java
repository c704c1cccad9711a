package dev.laurel.tool.credentials.issuing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.TestAchievements;
import com.nimbusds.jwt.SignedJWT;
import dev.laurel.tool.credentials.document.AchievementDefinition;
import dev.laurel.tool.credentials.document.OpenBadgeDocuments;
import dev.laurel.tool.credentials.document.Recipient;
import dev.laurel.tool.credentials.log.TransparencyLog;
import dev.laurel.tool.credentials.proof.ProofFormat;
import dev.laurel.tool.credentials.status.CredentialStatusService;
import dev.laurel.tool.credentials.verification.CredentialVerifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** Batch issuing: the same guarantees as one credential at a time, request by request. */
@ToolTest
@DatabaseTest
class BatchCredentialIssuerTests {

    @Autowired
    BatchCredentialIssuer batch;
    @Autowired
    IssuedCredentialStore store;
    @Autowired
    CredentialVerifier verifier;
    @Autowired
    CredentialStatusService statuses;
    @Autowired
    TransparencyLog log;
    @Autowired
    PublishedAchievements achievements;
    @Autowired
    CredentialIssuer single;
    @Autowired
    OpenBadgeDocuments documents;
    @Autowired
    JsonMapper mapper;

    @ParameterizedTest
    @EnumSource(ProofFormat.class)
    void issuesVerifiableLoggedStatusAllocatedCredentialsInRequestOrder(ProofFormat format) {
        String first = TestAchievements.uniqueKey();
        String second = TestAchievements.uniqueKey();
        List<IssueRequest> requests = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            requests.add(TestAchievements.request(i % 2 == 0 ? first : second, "learner-" + i).withProofFormat(format));
        }

        List<IssueOutcome> outcomes = batch.issueAll(requests);

        assertThat(outcomes).hasSize(7).allSatisfy(outcome -> {
            assertThat(outcome.issued()).isTrue();
            assertThat(outcome.newlyIssued()).isTrue();
            IssuedCredential credential = outcome.credential();
            assertThat(credential.mediaType()).isEqualTo(format.mediaType());
            assertThat(verifier.verify(credential.serialized()).verified()).isTrue();
            assertThat(statuses.status(credential.credentialId())).hasValueSatisfying(status -> assertThat(status.revoked()).isFalse());
            assertThat(log.leafIndex(credential.sha256())).isPresent();
        });
        for (int i = 0; i < 7; i++) {
            assertThat(store.findActive(requests.get(i).achievement().key(), requests.get(i).recipient().stableId()))
                .contains(outcomes.get(i).credential());
        }
        assertThat(achievements.find(first)).isPresent();
        assertThat(achievements.find(second)).isPresent();
    }

    @Test
    void aVcJwtPayloadCarriesTheSharedAchievementAsTheJsonItsOwnSerializationWrites() throws Exception {
        String key = TestAchievements.uniqueKey();
        List<IssueRequest> requests = List.of(TestAchievements.request(key, "ada"), TestAchievements.request(key, "bob"));

        List<IssueOutcome> outcomes = batch.issueAll(requests);

        String achievement = mapper.writeValueAsString(documents.achievement(requests.get(0).achievement()));
        assertThat(outcomes).allSatisfy(outcome -> {
            String payload = SignedJWT.parse(outcome.credential().serialized()).getPayload().toString();
            assertThat(payload).contains("\"achievement\":" + achievement);
            assertThat(mapper.readTree(payload).at("/credentialSubject/achievement")).isEqualTo(mapper.readTree(achievement));
        });
    }

    @Test
    void issuingAgainFindsTheActiveCredentialsAndARepeatedRequestGetsTheSameOne() {
        String key = TestAchievements.uniqueKey();
        List<IssueRequest> requests = List.of(TestAchievements.request(key, "ada"), TestAchievements.request(key, "bob"),
                TestAchievements.request(key, "ada"));

        List<IssueOutcome> first = batch.issueAll(requests);
        List<IssueOutcome> again = batch.issueAll(requests);

        assertThat(first.get(2).credential()).isEqualTo(first.get(0).credential());
        assertThat(first.get(2).newlyIssued()).isFalse();
        assertThat(again).extracting(IssueOutcome::credential).containsExactlyElementsOf(first.stream().map(IssueOutcome::credential).toList());
        assertThat(again).allSatisfy(outcome -> assertThat(outcome.newlyIssued()).isFalse());
        assertThat(store.count(key, "ada")).isEqualTo(1);
        assertThat(store.count(key, "bob")).isEqualTo(1);
    }

    @Test
    void aRequestTheDatabaseRejectsFailsAloneWithItsCodeAndTheOthersAreIssued() {
        String key = TestAchievements.uniqueKey();
        IssueRequest tooLong = new IssueRequest(null, TestAchievements.dataAnalysis(key), new Recipient("x".repeat(300), null, null),
                List.of(), List.of(), null, null);

        List<IssueOutcome> outcomes = batch.issueAll(List.of(TestAchievements.request(key, "ada"), tooLong,
                TestAchievements.request(key, "bob")));

        assertThat(outcomes.get(0).issued()).isTrue();
        assertThat(outcomes.get(2).issued()).isTrue();
        assertThat(outcomes.get(1).issued()).isFalse();
        assertThat(outcomes.get(1).errorCode()).isEqualTo("credential_not_stored");
        assertThat(store.count(key, "x".repeat(300))).isZero();
    }

    @Test
    void anAchievementTheSchemaRejectsFailsEachOfItsRequestsWithTheViolationsAsOneAtATimeWould() {
        String key = TestAchievements.uniqueKey();
        AchievementDefinition valid = TestAchievements.dataAnalysis(key);
        AchievementDefinition invalid = new AchievementDefinition(key, valid.name(), valid.description(), valid.criteriaNarrative(),
                valid.imageUrl(), "Not a type!", valid.alignments(), valid.criteria(), valid.creditsAvailable(), valid.humanCode(),
                valid.fieldOfStudy(), valid.inLanguage(), valid.eu());
        List<IssueRequest> requests = List.of(new IssueRequest(null, invalid, new Recipient("ada", "ada@example.edu", null), List.of(),
                List.of(), null, null), new IssueRequest(null, invalid, new Recipient("bob", null, null), List.of(), List.of(), null, null));
        String fine = TestAchievements.uniqueKey();

        List<IssueOutcome> outcomes = batch.issueAll(List.of(requests.get(0), TestAchievements.request(fine, "cy"), requests.get(1)));

        assertThat(outcomes.get(0).errorCode()).isEqualTo("credential_schema_invalid");
        assertThat(outcomes.get(2).errorCode()).isEqualTo("credential_schema_invalid");
        assertThat(outcomes.get(0).errorMessage()).contains("achievementType");
        assertThat(outcomes.get(1).issued()).isTrue();
        assertThatThrownBy(() -> single.issue(requests.get(0))).hasMessageStartingWith("credential_schema_invalid");
        assertThat(store.count(key, "ada")).isZero();
    }

    @Test
    void rejectsAnUnknownIssuerForItsRequestOnly() {
        String key = TestAchievements.uniqueKey();

        List<IssueOutcome> outcomes = batch.issueAll(List.of(TestAchievements.request(key, "ada").withIssuer("no-such-issuer"),
                TestAchievements.request(key, "bob")));

        assertThat(outcomes.get(0).errorCode()).isEqualTo("unknown_issuer");
        assertThat(outcomes.get(1).issued()).isTrue();
    }
}
