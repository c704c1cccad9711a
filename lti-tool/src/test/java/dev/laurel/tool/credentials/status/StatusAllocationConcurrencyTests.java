package dev.laurel.tool.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.credentials.issuer.IssuerDirectory;
import dev.laurel.tool.credentials.issuer.IssuerProfile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ObjectNode;

@ToolTest
@DatabaseTest
class StatusAllocationConcurrencyTests {

    private static final int THREADS = 6;
    private static final int PER_THREAD = 25;

    @Autowired
    BitstringStatusAllocator allocator;
    @Autowired
    IssuerDirectory issuers;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentAllocationsInsideIssuingTransactionsGetUniqueIndexes() throws Exception {
        String slug = "concurrency-" + UUID.randomUUID().toString().substring(0, 8);
        IssuerProfile issuer = issuers.register(new IssuerProfile(slug, issuers.idFor(slug), "Concurrency College", null, null, null,
                "Belgium", "BE", "VC_JWT_RS256"));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Callable<List<String>> worker = () -> {
                List<String> taken = new ArrayList<>();
                for (int i = 0; i < PER_THREAD; i++) {
                    String credentialId = issuer.id() + "/credentials/" + UUID.randomUUID();
                    List<ObjectNode> entries = transactions.execute(status -> allocator.allocateBoth(issuer.id(), credentialId));
                    entries.forEach(entry -> taken.add(entry.get("statusListCredential").asString() + "#" + entry.get("statusListIndex").asString()));
                }
                return taken;
            };
            results.add(pool.submit(worker));
        }
        Set<String> all = new HashSet<>();
        int count = 0;
        for (Future<List<String>> result : results) {
            List<String> taken = result.get();
            count += taken.size();
            all.addAll(taken);
        }
        pool.shutdown();

        assertThat(count).isEqualTo(THREADS * PER_THREAD * 2);
        assertThat(all).hasSize(count);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM credential_status_lists WHERE issuer_slug = ?").param(slug).query(Integer.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM credential_status_entries e JOIN credential_status_lists l ON l.id = e.list_id
                WHERE l.issuer_slug = ?""").param(slug).query(Integer.class).single()).isEqualTo(count);
    }
}
