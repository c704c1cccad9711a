package dev.laurel.bench;

import dev.laurel.testsupport.BenchResults;
import dev.laurel.testsupport.Benchmark;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.log.TransparencyLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Appends to the stored transparency log and times roots and proofs over it. */
@ToolTest
@Benchmark
class TransparencyLogBenchmark {

    private static final int APPENDS = 5_000;
    private static final int PROOFS = 500;

    @Autowired
    TransparencyLog log;

    @Test
    void appendsAndProofs() {
        long start = System.nanoTime();
        for (int i = 0; i < APPENDS; i++) {
            String id = "https://laurel.example/credentials/" + UUID.randomUUID();
            log.append(new IssuedCredential(id, "https://laurel.example/issuers/default", IssuedCredential.VC_JWT, "a.b." + id));
        }
        double appendMicros = (System.nanoTime() - start) / 1_000.0 / APPENDS;
        long size = log.treeSize();

        start = System.nanoTime();
        for (int i = 0; i < PROOFS; i++) {
            log.inclusionProof((size * i) / PROOFS, size);
        }
        double inclusionMicros = (System.nanoTime() - start) / 1_000.0 / PROOFS;

        start = System.nanoTime();
        for (int i = 1; i <= PROOFS; i++) {
            log.consistencyProof(Math.max(1, (size * i) / (PROOFS + 1)), size);
        }
        double consistencyMicros = (System.nanoTime() - start) / 1_000.0 / PROOFS;

        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("transparency_log.tree_size", size);
        figures.put("transparency_log.append_micros", appendMicros);
        figures.put("transparency_log.inclusion_proof_micros", inclusionMicros);
        figures.put("transparency_log.consistency_proof_micros", consistencyMicros);
        BenchResults.record(figures);
    }
}
