package dev.laurel.tool.credentials.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.credentials.CredentialsIssuedEvent;
import dev.laurel.tool.credentials.IssuedCredential;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Batch appends ({@link TransparencyLog#appendAll}) build the same tree as one append at a time. */
@ToolTest
@DatabaseTest
class TransparencyLogBatchTests {

    @Autowired
    TransparencyLog log;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    LaurelProperties laurel;

    @Test
    void batchesOfEverySizeBetweenSingleAppendsGiveTheRootOfAnIndependentComputationAndVerifiableProofs() throws Exception {
        List<IssuedCredential> appended = new ArrayList<>();
        for (int batch : new int[] {1, 5, 2, 13, 1, 19, 7, 64}) {
            List<IssuedCredential> credentials = new ArrayList<>();
            for (int i = 0; i < batch; i++) {
                credentials.add(credential());
            }
            transactions.executeWithoutResult(status -> events.publishEvent(new CredentialsIssuedEvent(credentials)));
            appended.addAll(credentials);
            IssuedCredential single = credential();
            log.append(single);
            appended.add(single);
        }
        long size = log.treeSize();
        List<byte[]> entries = new ArrayList<>();
        for (long start = 0; start < size; start += TransparencyLog.MAX_LEAVES_PER_REQUEST) {
            log.leaves(start, Math.min(size, start + TransparencyLog.MAX_LEAVES_PER_REQUEST)).forEach(leaf -> entries.add(leaf.entryHash()));
        }

        assertThat(log.rootHash(size)).isEqualTo(MerkleTreeTests.referenceMth(entries));
        for (IssuedCredential credential : appended) {
            long index = log.leafIndex(credential.sha256()).orElseThrow();
            assertThat(MerkleProofVerifier.verifyInclusion(index, size, MerkleHashes.leafHash(credential.sha256()),
                    log.inclusionProof(index, size), log.rootHash(size))).isTrue();
        }
    }

    @Test
    void aBatchRepeatingLoggedCredentialsAppendsOnlyTheNewOnesOnce() {
        IssuedCredential logged = credential();
        log.append(logged);
        IssuedCredential fresh = credential();
        long size = log.treeSize();

        log.appendAll(List.of(logged, fresh, fresh));

        assertThat(log.treeSize()).isEqualTo(size + 1);
        assertThat(log.leafIndex(fresh.sha256())).hasValue(size);
    }

    private IssuedCredential credential() {
        String id = laurel.baseUrl() + "/credentials/" + UUID.randomUUID();
        return new IssuedCredential(id, laurel.baseUrl() + "/issuers/default", IssuedCredential.VC_JWT, "a.b." + id);
    }
}
