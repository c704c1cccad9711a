package dev.laurel.tool.credentials.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.credentials.CredentialIssuedEvent;
import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.PresentedCredential;
import dev.laurel.tool.credentials.VerificationStep.Outcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ToolTest
@DatabaseTest
class TransparencyLogTests {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TransparencyLog log;
    @Autowired
    TransparencyLogVerificationCheck check;
    @Autowired
    LaurelProperties laurel;
    @Autowired
    JsonMapper json;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void issuingAppendsTheCredentialHashOnceEvenWhenTheEventRepeats() {
        IssuedCredential credential = credential();

        issue(credential);
        long size = log.treeSize();
        issue(credential);

        assertThat(log.treeSize()).isEqualTo(size);
        assertThat(log.leafIndex(credential.sha256())).hasValue(size - 1);
    }

    @Test
    void aRolledBackIssuanceLeavesNoLeaf() {
        IssuedCredential credential = credential();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new CredentialIssuedEvent(credential));
            status.setRollbackOnly();
        });

        assertThat(log.leafIndex(credential.sha256())).isEmpty();
    }

    @Test
    void rootsMatchAnIndependentComputationAndServedProofsVerifyAgainstSignedTreeHeads() throws Exception {
        JsonNode before = getJson("/log/sth");
        List<IssuedCredential> issued = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            IssuedCredential credential = credential();
            issue(credential);
            issued.add(credential);
        }
        JsonNode after = getJson("/log/sth");
        long first = before.get("treeSize").asLong();
        long second = after.get("treeSize").asLong();

        List<byte[]> entries = new ArrayList<>();
        for (long start = 0; start < second; start += TransparencyLog.MAX_LEAVES_PER_REQUEST) {
            long end = Math.min(second, start + TransparencyLog.MAX_LEAVES_PER_REQUEST);
            getJson("/log/leaves?start=" + start + "&end=" + end).get("leaves")
                    .forEach(leaf -> entries.add(Base64.getUrlDecoder().decode(leaf.get("entryHash").asString())));
        }
        assertThat(entries).hasSize((int) second);
        assertThat(decode(after.get("rootHash"))).isEqualTo(MerkleTreeTests.referenceMth(entries));

        for (IssuedCredential credential : issued) {
            JsonNode proof = getJson("/log/proof/inclusion?hash=" + B64.encodeToString(credential.sha256()) + "&treeSize=" + second);
            assertThat(MerkleProofVerifier.verifyInclusion(proof.get("leafIndex").asLong(), second,
                    MerkleHashes.leafHash(credential.sha256()), hashes(proof.get("inclusionPath")), decode(after.get("rootHash")))).isTrue();
        }
        if (first > 0) {
            JsonNode consistency = getJson("/log/proof/consistency?first=" + first + "&second=" + second);
            assertThat(MerkleProofVerifier.verifyConsistency(first, second, decode(before.get("rootHash")), decode(after.get("rootHash")),
                    hashes(consistency.get("consistencyPath")))).isTrue();
        }
    }

    @Test
    void signedTreeHeadVerifiesWithThePublishedLogKey() throws Exception {
        issue(credential());
        JsonNode sth = getJson("/log/sth");
        ECKey key = (ECKey) JWKSet.parse(get("/log/key").body()).getKeys().get(0);

        JWSObject jws = JWSObject.parse(sth.get("signature").asString());

        assertThat(key.isPrivate()).isFalse();
        assertThat(jws.getHeader().getKeyID()).isEqualTo(key.getKeyID()).isEqualTo(sth.get("keyId").asString());
        assertThat(jws.verify(new ECDSAVerifier(key))).isTrue();
        JsonNode payload = json.readTree(jws.getPayload().toString());
        assertThat(payload.get("tree_size").asLong()).isEqualTo(sth.get("treeSize").asLong());
        assertThat(payload.get("timestamp").asLong()).isEqualTo(sth.get("timestamp").asLong());
        assertThat(payload.get("root_hash").asString()).isEqualTo(sth.get("rootHash").asString());
    }

    @Test
    void rejectsBadProofRequestsWithTheirCodes() throws Exception {
        issue(credential());
        long size = log.treeSize();

        assertError("/log/proof/inclusion?hash=abc&treeSize=1", 400, "hash_invalid");
        assertError("/log/proof/inclusion?hash=" + B64.encodeToString(new byte[32]) + "&treeSize=" + size, 404, "hash_not_found");
        assertError("/log/proof/inclusion?hash=" + B64.encodeToString(credential().sha256()) + "&treeSize=x", 400, "tree_size_invalid");
        assertError("/log/proof/consistency?first=1&second=" + (size + 1), 400, "tree_size_invalid");
        assertError("/log/proof/consistency?first=0&second=1", 400, "tree_size_invalid");
        assertError("/log/leaves?start=0&end=5000", 400, "range_invalid");
        assertError("/log/leaves?start=9&end=3", 400, "range_invalid");
    }

    @Test
    void logCheckPassesForALoggedCredentialAndFailsForAnUnloggedLaurelOne() {
        IssuedCredential logged = credential();
        issue(logged);
        IssuedCredential unlogged = credential();
        JsonNode foreign = json.readTree("{\"issuer\":{\"id\":\"https://other.example/issuer\"}}");

        assertThat(check.verify(presented(logged)).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(check.verify(presented(unlogged)).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(check.verify(presented(unlogged)).message()).contains("not in the log");
        assertThat(check.verify(new PresentedCredential(foreign, null, foreign.toString())).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    private void issue(IssuedCredential credential) {
        transactions.executeWithoutResult(status -> events.publishEvent(new CredentialIssuedEvent(credential)));
    }

    private IssuedCredential credential() {
        String id = laurel.baseUrl() + "/credentials/" + UUID.randomUUID();
        String issuer = laurel.baseUrl() + "/issuers/default";
        return new IssuedCredential(id, issuer, IssuedCredential.VC_LD_JSON,
                "{\"id\":\"" + id + "\",\"issuer\":{\"id\":\"" + issuer + "\"},\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"]}");
    }

    private PresentedCredential presented(IssuedCredential credential) {
        return new PresentedCredential(json.readTree(credential.serialized()), null, credential.serialized());
    }

    private void assertError(String path, int status, String code) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(json.readTree(response.body()).get("error").asString()).as(path).isEqualTo(code);
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] decode(JsonNode hash) {
        return Base64.getUrlDecoder().decode(hash.asString());
    }

    private static List<byte[]> hashes(JsonNode path) {
        List<byte[]> hashes = new ArrayList<>();
        path.forEach(hash -> hashes.add(decode(hash)));
        return hashes;
    }
}
