package dev.laurel.tool.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.credentials.issuer.IssuerDirectory;
import dev.laurel.tool.credentials.issuer.IssuerProfile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ObjectNode;

/** Batch allocation ({@link BitstringStatusAllocator#allocateAll}): every credential its own random indexes, also concurrently. */
@ToolTest
@DatabaseTest
class BatchStatusAllocationTests {

    private static final int BATCHES = 4;
    private static final int PER_BATCH = 300;

    @Autowired
    BitstringStatusAllocator allocator;
    @Autowired
    CredentialStatusService statuses;
    @Autowired
    IssuerDirectory issuers;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentBatchesReserveDistinctIndexesOfBothPurposesForEveryCredential() {
        String slug = "batch-" + UUID.randomUUID().toString().substring(0, 8);
        IssuerProfile issuer = issuers.register(new IssuerProfile(slug, issuers.idFor(slug), "Batch College", null, null, null,
                "Belgium", "BE", "VC_JWT_RS256"));
        List<CompletableFuture<Map<String, List<ObjectNode>>>> batches = new ArrayList<>();
        List<String> credentials = new ArrayList<>();
        for (int b = 0; b < BATCHES; b++) {
            List<String> ids = IntStream.range(0, PER_BATCH).mapToObj(i -> issuer.id() + "/credentials/" + UUID.randomUUID()).toList();
            credentials.addAll(ids);
            batches.add(CompletableFuture.supplyAsync(() -> transactions.execute(status -> allocator.allocateAll(issuer.id(), ids))));
        }
        Set<String> embedded = new HashSet<>();
        batches.forEach(batch -> batch.join().values().forEach(entries -> entries.forEach(entry ->
                embedded.add(entry.get("statusListCredential").asString() + "#" + entry.get("statusListIndex").asString()))));

        assertThat(embedded).hasSize(BATCHES * PER_BATCH);
        assertThat(credentials).allSatisfy(id -> assertThat(statuses.status(id)).hasValueSatisfying(status -> {
            assertThat(status.revoked()).isFalse();
            assertThat(status.suspended()).isFalse();
        }));
        assertThat(jdbc.sql("""
                SELECT COUNT(DISTINCT CAST(e.list_id AS VARCHAR(20)) || ':' || CAST(e.status_index AS VARCHAR(20)))
                FROM credential_status_entries e JOIN credential_status_lists l ON l.id = e.list_id WHERE l.issuer_slug = ?""")
            .param(slug).query(Integer.class).single()).isEqualTo(2 * BATCHES * PER_BATCH);
    }
}
