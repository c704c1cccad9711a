package dev.laurel.tool.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSObject;
import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.credentials.PresentedCredential;
import dev.laurel.tool.credentials.VerificationStep;
import dev.laurel.tool.credentials.VerificationStep.Outcome;
import dev.laurel.tool.credentials.issuer.IssuerDirectory;
import dev.laurel.tool.credentials.issuer.IssuerKeyStore;
import dev.laurel.tool.credentials.issuer.VerificationKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@ToolTest
@DatabaseTest
class CredentialStatusTests {

    @Autowired
    BitstringStatusAllocator allocator;
    @Autowired
    CredentialStatusService statuses;
    @Autowired
    StatusVerificationCheck check;
    @Autowired
    IssuerDirectory issuers;
    @Autowired
    IssuerKeyStore issuerKeys;
    @Autowired
    LaurelProperties laurel;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private String issuerId;

    @BeforeEach
    void defaultIssuer() {
        issuerId = issuers.defaultIssuer().id();
    }

    @Test
    void allocatesARevocationAndASuspensionEntryUnderThePublicUrl() {
        String credentialId = newCredentialId();

        List<ObjectNode> entries = allocator.allocateBoth(issuerId, credentialId);

        assertThat(entries).extracting(entry -> entry.get("statusPurpose").asString()).containsExactly("revocation", "suspension");
        for (ObjectNode entry : entries) {
            String list = entry.get("statusListCredential").asString();
            assertThat(entry.get("type").asString()).isEqualTo("BitstringStatusListEntry");
            assertThat(list).startsWith(laurel.baseUrl() + "/status/default/" + entry.get("statusPurpose").asString() + "/");
            assertThat(entry.get("statusListIndex").isString()).isTrue();
            assertThat(Integer.parseInt(entry.get("statusListIndex").asString())).isBetween(0, 131_071);
            assertThat(entry.get("id").asString()).isEqualTo(list + "#" + entry.get("statusListIndex").asString());
        }
        assertThat(allocator.allocateBoth(issuerId, credentialId)).isEqualTo(entries);
        assertThat(allocator.allocate(issuerId, credentialId)).containsExactly(entries.get(0));
    }

    @Test
    void statusCheckReadsTheSuspensionBitOfACredentialThatEmbedsOnlyItsRevocationEntry() {
        String credentialId = newCredentialId();
        PresentedCredential presented = presented(allocator.allocate(issuerId, credentialId));

        statuses.suspend(credentialId, "Pending appeal", true, "account:3");

        assertThat(check.verify(presented)).isEqualTo(new VerificationStep("status", Outcome.FAILED, "suspended"));
    }

    @Test
    void rejectsAnIssuerThatIsNotLaurels() {
        assertRejected(() -> allocator.allocateBoth("https://elsewhere.example/issuers/x", newCredentialId()), "unknown_issuer");
    }

    @Test
    void revocationIsAuditedAndVisibleInTheServedSignedListAtOnce() throws Exception {
        String credentialId = newCredentialId();
        ObjectNode revocation = allocator.allocateBoth(issuerId, credentialId).get(0);
        int index = Integer.parseInt(revocation.get("statusListIndex").asString());
        String listUrl = revocation.get("statusListCredential").asString();
        assertThat(served(listUrl).isSet(Integer.toString(index))).isFalse();

        StatusChange change = statuses.revoke(credentialId, "Awarded by mistake", true, "account:42");

        assertThat(served(listUrl).isSet(Integer.toString(index))).isTrue();
        assertThat(statuses.status(credentialId).orElseThrow().history()).containsExactly(change);
        assertThat(jdbc.sql("SELECT actor FROM credential_status_changes WHERE credential_id = ? AND action = 'REVOKE'")
                .param(credentialId).query(String.class).single()).isEqualTo("account:42");
        assertRejected(() -> statuses.revoke(credentialId, "again", true, "account:42"), "already_revoked");
    }

    @Test
    void suspensionAndUnsuspensionFlipTheServedBitBothWays() throws Exception {
        String credentialId = newCredentialId();
        ObjectNode suspension = allocator.allocateBoth(issuerId, credentialId).get(1);
        String index = suspension.get("statusListIndex").asString();
        String listUrl = suspension.get("statusListCredential").asString();

        statuses.suspend(credentialId, "Under review", false, "account:7");
        assertThat(served(listUrl).isSet(index)).isTrue();
        statuses.unsuspend(credentialId, "Review done", false, "account:7");
        assertThat(served(listUrl).isSet(index)).isFalse();

        assertThat(statuses.status(credentialId).orElseThrow().history()).extracting(StatusChange::action)
                .containsExactly(StatusChange.Action.SUSPEND, StatusChange.Action.UNSUSPEND);
        assertRejected(() -> statuses.unsuspend(credentialId, "twice", false, "account:7"), "not_suspended");
    }

    @Test
    void rejectsChangesWithoutAReasonOrForUnknownCredentials() {
        String credentialId = newCredentialId();
        allocator.allocateBoth(issuerId, credentialId);

        assertRejected(() -> statuses.revoke(credentialId, " ", true, "account:1"), "reason_required");
        assertRejected(() -> statuses.suspend(newCredentialId(), "why", true, "account:1"), "unknown_credential");
        assertThat(statuses.status(credentialId).orElseThrow().history()).isEmpty();
    }

    @Test
    void servedListIsAShortLivedCacheableSignedCredential() throws Exception {
        String listUrl = allocator.allocateBoth(issuerId, newCredentialId()).get(0).get("statusListCredential").asString();

        HttpResponse<String> response = get(listUrl);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=30, public");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/vc+jwt"));
    }

    @Test
    void unknownListIsANotFoundWithItsCode() throws Exception {
        HttpResponse<String> response = get(laurel.baseUrl() + "/status/default/revocation/99999");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"error\":\"status_list_not_found\"");
        assertThat(get(laurel.baseUrl() + "/status/default/refresh/1").body()).contains("status_list_not_found");
    }

    @Test
    void statusCheckPassesWhileClearAndFailsWithThePublicReasonOnceRevoked() {
        String credentialId = newCredentialId();
        PresentedCredential presented = presented(allocator.allocateBoth(issuerId, credentialId));
        assertThat(check.verify(presented).outcome()).isEqualTo(Outcome.PASSED);

        statuses.revoke(credentialId, "Plagiarism", true, "account:3");

        VerificationStep step = check.verify(presented);
        assertThat(step.check()).isEqualTo("status");
        assertThat(step.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(step.message()).isEqualTo("revoked on " + LocalDate.now(ZoneOffset.UTC) + ": Plagiarism");
    }

    @Test
    void statusCheckKeepsAPrivateReasonPrivateAndReportsSuspension() {
        String revokedId = newCredentialId();
        PresentedCredential revoked = presented(allocator.allocateBoth(issuerId, revokedId));
        statuses.revoke(revokedId, "Internal matter", false, "account:3");
        String suspendedId = newCredentialId();
        PresentedCredential suspended = presented(allocator.allocateBoth(issuerId, suspendedId));
        statuses.suspend(suspendedId, "Pending appeal", true, "account:3");

        assertThat(check.verify(revoked).message()).isEqualTo("revoked on " + LocalDate.now(ZoneOffset.UTC));
        assertThat(check.verify(suspended)).isEqualTo(new VerificationStep("status", Outcome.FAILED, "suspended"));
    }

    @Test
    void statusCheckIsNotApplicableWithoutStatusAndUnresolvableForForeignLists() {
        ObjectNode noStatus = json.createObjectNode().put("id", newCredentialId());
        ObjectNode foreign = json.createObjectNode();
        foreign.putObject("credentialStatus").put("type", "BitstringStatusListEntry").put("statusPurpose", "revocation")
                .put("statusListIndex", "5").put("statusListCredential", "https://other.example/status/1");

        assertThat(check.verify(new PresentedCredential(noStatus, null, noStatus.toString())).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(check.verify(new PresentedCredential(foreign, null, foreign.toString())).outcome()).isEqualTo(Outcome.UNRESOLVABLE);
    }

    @Test
    void statusCheckFailsForALaurelListThatDoesNotExist() {
        ObjectNode document = json.createObjectNode();
        document.putObject("credentialStatus").put("type", "BitstringStatusListEntry").put("statusPurpose", "revocation")
                .put("statusListIndex", "5").put("statusListCredential", laurel.baseUrl() + "/status/default/revocation/99999");

        assertThat(check.verify(new PresentedCredential(document, null, document.toString())).outcome()).isEqualTo(Outcome.FAILED);
    }

    /** Fetches the served list, checks its VC-JWT signature with the issuer's published key, and decodes it. */
    private BitstringStatusListCredentialDecoder.DecodedStatusList served(String listUrl) throws Exception {
        HttpResponse<String> response = get(listUrl);
        assertThat(response.statusCode()).isEqualTo(200);
        JWSObject jws = JWSObject.parse(response.body());
        VerificationKey key = issuerKeys.findByUrl(jws.getHeader().getKeyID()).orElseThrow();
        assertThat(key.controller()).isEqualTo(issuerId);
        assertThat(jws.verify(key.jwsVerifier(jws.getHeader().getAlgorithm()).orElseThrow())).isTrue();
        JsonNode credential = json.readTree(jws.getPayload().toString());
        assertThat(credential.get("id").asString()).isEqualTo(listUrl);
        assertThat(credential.get("issuer").asString()).isEqualTo(issuerId);
        assertThat(credential.get("@context").get(0).asString()).isEqualTo("https://www.w3.org/ns/credentials/v2");
        return BitstringStatusListCredentialDecoder.decode(credential);
    }

    private HttpResponse<String> get(String url) throws Exception {
        String path = url.substring(laurel.baseUrl().length());
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private PresentedCredential presented(List<ObjectNode> entries) {
        ObjectNode document = json.createObjectNode().put("issuer", issuerId);
        ArrayNode status = document.putArray("credentialStatus");
        entries.forEach(status::add);
        return new PresentedCredential(document, null, document.toString());
    }

    private String newCredentialId() {
        return laurel.baseUrl() + "/credentials/" + UUID.randomUUID();
    }

    private static void assertRejected(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StatusListException.class, ex -> assertThat(ex.code()).isEqualTo(code));
    }
}
