package dev.laurel.tool.credentials.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.credentials.CredentialIssuedEvent;
import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.TestAchievements;
import dev.laurel.tool.credentials.document.OpenBadgeSchemaValidator;
import dev.laurel.tool.credentials.issuer.IssuerDirectory;
import dev.laurel.tool.credentials.issuer.IssuerKeyStore;
import dev.laurel.tool.credentials.issuer.KeyAlgorithm;
import dev.laurel.tool.credentials.issuer.PublishedKey;
import dev.laurel.tool.credentials.proof.ProofFormat;
import dev.laurel.tool.credentials.verification.CredentialVerifier;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issuing through {@link CredentialIssuer}: schema-valid documents, both proof formats, idempotency, key rotation. */
@ToolTest
@DatabaseTest
@RecordApplicationEvents
class CredentialIssuerTests {

    @Autowired
    CredentialIssuer issuer;

    @Autowired
    CredentialVerifier verifier;

    @Autowired
    OpenBadgeSchemaValidator schema;

    @Autowired
    IssuedCredentialStore store;

    @Autowired
    IssuerDirectory directory;

    @Autowired
    IssuerKeyStore keys;

    @Autowired
    JsonMapper mapper;

    @Autowired
    ApplicationEvents events;

    @ParameterizedTest
    @EnumSource(ProofFormat.class)
    void issuedCredentialValidatesAgainstTheOpenBadgesSchemaAndVerifies(ProofFormat format) throws Exception {
        IssuedCredential issued = issuer.issue(TestAchievements.request(TestAchievements.uniqueKey(), "ada").withProofFormat(format));

        JsonNode document = document(issued);
        assertThat(schema.violations(document)).isEmpty();
        assertThat(document.path("type").toString()).contains("OpenBadgeCredential");
        assertThat(document.path("credentialSchema").path(0).path("id").asString())
            .isEqualTo("https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json");
        assertThat(document.path("issuer").path("address").path("addressCountryCode").asString()).isEqualTo("BE");
        assertThat(document.path("credentialSubject").path("identifier").path(0).path("identityHash").asString()).startsWith("sha256$");
        assertThat(document.path("credentialSubject").path("result")).hasSize(2);
        assertThat(document.path("credentialSubject").path("achievement").path("ext:workload").path("ext:ectsCredits").asDouble()).isEqualTo(1.0);
        assertThat(issued.mediaType()).isEqualTo(format.mediaType());

        CredentialVerifier.Verdict verdict = verifier.verify(issued.serialized());
        assertThat(verdict.checks()).allSatisfy(step -> assertThat(step.outcome().name()).isIn("PASSED", "NOT_APPLICABLE"));
        assertThat(verdict.verified()).isTrue();
    }

    @Test
    void vcJwtHeaderCarriesOnlyAlgKidAndTypAndClaimsMappedFromTheCredential() throws Exception {
        IssuedCredential issued = issuer.issue(TestAchievements.request(TestAchievements.uniqueKey(), "ben").withProofFormat(ProofFormat.VC_JWT_ES256));

        JWSObject jws = JWSObject.parse(issued.serialized());
        assertThat(jws.getHeader().toJSONObject()).containsOnlyKeys("alg", "kid", "typ");
        assertThat(jws.getHeader().getAlgorithm().getName()).isEqualTo("ES256");
        assertThat(jws.getHeader().getKeyID()).startsWith(directory.defaultIssuer().id() + "/keys/");
        var claims = jws.getPayload().toJSONObject();
        assertThat(claims.get("iss")).isEqualTo(directory.defaultIssuer().id());
        assertThat(claims.get("jti")).isEqualTo(issued.credentialId());
        assertThat(claims).containsKey("nbf");
    }

    @Test
    void issuingTheSameAchievementToTheSameRecipientTwiceGivesOneCredential() {
        String key = TestAchievements.uniqueKey();
        IssuedCredential first = issuer.issue(TestAchievements.request(key, "cleo"));
        IssuedCredential second = issuer.issue(TestAchievements.request(key, "cleo"));

        assertThat(second).isEqualTo(first);
        assertThat(store.count(key, "cleo")).isEqualTo(1);
        assertThat(events.stream(CredentialIssuedEvent.class).filter(e -> e.credential().equals(first))).hasSize(1);
    }

    @Test
    void concurrentIssuingOfTheSameAchievementToTheSameRecipientGivesOneCredential() throws Exception {
        String key = TestAchievements.uniqueKey();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<IssuedCredential>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> issuer.issue(TestAchievements.request(key, "fay").withProofFormat(ProofFormat.VC_JWT_ES256))));
            }
            java.util.Set<IssuedCredential> results = new java.util.HashSet<>();
            for (var future : futures) {
                results.add(future.get(120, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(results).hasSize(1);
            assertThat(store.count(key, "fay")).isEqualTo(1);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rotatedIssuerKeyStillVerifiesCredentialsSignedBeforeRotation() throws Exception {
        IssuedCredential before = issuer.issue(TestAchievements.request(TestAchievements.uniqueKey(), "dan").withProofFormat(ProofFormat.VC_JWT_RS256));
        IssuedCredential beforeEddsa = issuer.issue(TestAchievements.request(TestAchievements.uniqueKey(), "dan").withProofFormat(ProofFormat.EDDSA_RDFC_2022));

        keys.rotate(directory.defaultIssuer(), KeyAlgorithm.RS256);
        keys.rotate(directory.defaultIssuer(), KeyAlgorithm.ED25519);
        IssuedCredential after = issuer.issue(TestAchievements.request(TestAchievements.uniqueKey(), "dan").withProofFormat(ProofFormat.VC_JWT_RS256));

        assertThat(JWSObject.parse(after.serialized()).getHeader().getKeyID())
            .isNotEqualTo(JWSObject.parse(before.serialized()).getHeader().getKeyID());
        List<PublishedKey> published = keys.publishedKeys(directory.defaultIssuer());
        assertThat(published).anyMatch(key -> !key.current() && key.algorithm() == KeyAlgorithm.RS256);
        assertThat(verifier.verify(before.serialized()).verified()).isTrue();
        assertThat(verifier.verify(beforeEddsa.serialized()).verified()).isTrue();
        assertThat(verifier.verify(after.serialized()).verified()).isTrue();
    }

    @Test
    void unknownIssuerIsRejectedWithItsCode() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> issuer.issue(
                TestAchievements.request(TestAchievements.uniqueKey(), "eve").withIssuer("no-such-" + UUID.randomUUID().toString().substring(0, 8))))
            .hasMessageStartingWith("unknown_issuer");
    }

    private JsonNode document(IssuedCredential issued) throws Exception {
        if (IssuedCredential.VC_JWT.equals(issued.mediaType())) {
            return mapper.readTree(JWSObject.parse(issued.serialized()).getPayload().toString());
        }
        return mapper.readTree(issued.serialized());
    }
}
