package dev.laurel.bench;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import dev.laurel.testsupport.BenchResults;
import dev.laurel.testsupport.Benchmark;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.TestAchievements;
import dev.laurel.tool.credentials.issuer.IssuerDirectory;
import dev.laurel.tool.credentials.issuer.IssuerKeyStore;
import dev.laurel.tool.credentials.issuer.IssuerProfile;
import dev.laurel.tool.credentials.issuer.KeyAlgorithm;
import dev.laurel.tool.credentials.issuer.SigningKey;
import dev.laurel.tool.credentials.document.AchievedResult;
import dev.laurel.tool.credentials.document.EvidenceItem;
import dev.laurel.tool.credentials.issuing.CredentialIssuer;
import dev.laurel.tool.credentials.issuing.IssueRequest;
import dev.laurel.tool.credentials.proof.CredentialSigner;
import dev.laurel.tool.credentials.proof.ProofFormat;
import dev.laurel.tool.credentials.verification.CredentialVerifier;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Credentials signed per second (VC-JWT RS256 / ES256, eddsa-rdfc-2022), verified per second, and the raw
 * signature rate of the same keys in the same run, single-threaded; for eddsa-rdfc-2022 also the CPU time and
 * allocation per credential and the rate of two issuing threads (the machine has two cores), measured once the
 * JIT compiler has settled. Prints and records, asserts nothing.
 */
@Benchmark
@ToolTest
class CredentialsBenchmark {

    private static final long MEASURE_NANOS = 4_000_000_000L;
    private static final long WARM_UP_NANOS = 2_000_000_000L;
    /** eddsa-rdfc-2022 credentials are issued to this many learners, with every pair of rubric levels. */
    private static final int LEARNERS = 45;
    private static final String[] LEVELS = {"novice", "proficient", "expert"};
    /** The JIT compiler counts as settled after this many quiet one-second slices... */
    private static final int SETTLED_SLICES = 2;
    /** ...or after this long. */
    private static final long MAX_SETTLING_NANOS = 60_000_000_000L;

    @Autowired
    CredentialIssuer issuer;

    @Autowired
    CredentialSigner signer;

    @Autowired
    CredentialVerifier verifier;

    @Autowired
    IssuerDirectory directory;

    @Autowired
    IssuerKeyStore keys;

    @Autowired
    JsonMapper mapper;

    @Test
    void signingAndVerifyingRates() throws Exception {
        IssuerProfile profile = directory.defaultIssuer();
        IssuedCredential template = issuer.issue(TestAchievements.request(TestAchievements.uniqueKey(), "bench")
            .withProofFormat(ProofFormat.EDDSA_RDFC_2022));
        ObjectNode credential = (ObjectNode) mapper.readTree(template.serialized());
        credential.remove("proof");
        SigningKey rs = keys.currentSigningKey(profile, KeyAlgorithm.RS256);
        SigningKey es = keys.currentSigningKey(profile, KeyAlgorithm.ES256);
        SigningKey ed = keys.currentSigningKey(profile, KeyAlgorithm.ED25519);

        Map<String, Number> figures = new LinkedHashMap<>();
        long[] rs256 = interleavedRates(rawJws(rs, JWSAlgorithm.RS256, credential),
                () -> signer.secure(credential, rs, ProofFormat.VC_JWT_RS256));
        figures.put("raw_rs256_sign_per_s", rs256[0]);
        figures.put("vcjwt_rs256_per_s", rs256[1]);
        long[] es256 = interleavedRates(rawJws(es, JWSAlgorithm.ES256, credential),
                () -> signer.secure(credential, es, ProofFormat.VC_JWT_ES256));
        figures.put("raw_es256_sign_per_s", es256[0]);
        figures.put("vcjwt_es256_per_s", es256[1]);
        byte[] hashes = new byte[64];
        // distinct credentials (each its own id) of the same issuer and achievement to learners with their own
        // identifier, results, evidence and status entry, as a batch issuance produces them
        String achievementKey = TestAchievements.uniqueKey();
        List<ObjectNode> learners = new ArrayList<>(LEARNERS);
        for (int learner = 0; learner < LEARNERS; learner++) {
            ObjectNode issued = (ObjectNode) mapper.readTree(issuer.issue(learnerRequest(achievementKey, learner)).serialized());
            issued.remove("proof");
            learners.add(issued);
        }
        AtomicLong serial = new AtomicLong();
        Runnable issueEddsa = () -> {
            long n = serial.incrementAndGet();
            ObjectNode distinct = learners.get((int) (n % LEARNERS)).deepCopy();
            distinct.put("id", distinct.path("id").asString() + "-" + n);
            signer.secure(distinct, ed, ProofFormat.EDDSA_RDFC_2022);
        };
        figures.put("eddsa_rdfc_settling_s", settle(issueEddsa));
        long[] ed25519 = interleavedRates(() -> ed.signEd25519(hashes), issueEddsa);
        figures.put("raw_ed25519_sign_per_s", ed25519[0]);
        figures.put("eddsa_rdfc_per_s", ed25519[1]);
        double[] cost = costPerOperation(issueEddsa);
        figures.put("eddsa_rdfc_cpu_us", cost[0]);
        figures.put("eddsa_rdfc_process_cpu_us", cost[1]);
        figures.put("eddsa_rdfc_alloc_kb", cost[2]);
        double[] parallel = parallelRate(2, issueEddsa);
        figures.put("eddsa_rdfc_2_threads_per_s", Math.round(parallel[0]));
        figures.put("eddsa_rdfc_2_threads_process_cpu_us", parallel[1]);
        figures.put("eddsa_rdfc_2_threads_cores", parallel[2]);
        // verify credentials as issued (a re-signed copy is rightly absent from the transparency log)
        String jwt = issuer.issue(TestAchievements.request(TestAchievements.uniqueKey(), "bench-jwt")
                .withProofFormat(ProofFormat.VC_JWT_RS256)).serialized();
        String eddsa = template.serialized();
        if (!verifier.verify(jwt).verified() || !verifier.verify(eddsa).verified()) {
            throw new IllegalStateException("benchmark credentials must verify");
        }
        figures.put("verify_per_s", rate(() -> verifier.verify(jwt)));
        figures.put("verify_eddsa_rdfc_per_s", rate(() -> verifier.verify(eddsa)));
        BenchResults.record(figures);
    }

    /** The JWS signature alone over the same signing input VC-JWT signs: header.payload of this credential. */
    private Runnable rawJws(SigningKey key, JWSAlgorithm alg, ObjectNode credential) {
        JWSHeader header = new JWSHeader.Builder(alg).keyID(key.id()).type(JOSEObjectType.JWT).build();
        byte[] input = (header.toBase64URL() + "." + com.nimbusds.jose.util.Base64URL.encode(mapper.writeValueAsString(credential)))
            .getBytes(StandardCharsets.US_ASCII);
        return () -> {
            try {
                key.jwsSigner().sign(header, input);
            }
            catch (com.nimbusds.jose.JOSEException ex) {
                throw new IllegalStateException(ex);
            }
        };
    }

    /**
     * The rates of two operations measured in alternating slices, so both see the same machine load (the
     * benchmark machine is shared): raw signature and full credential signing with the same key.
     */
    private static long[] interleavedRates(Runnable raw, Runnable full) {
        run(raw, WARM_UP_NANOS / 2);
        run(full, WARM_UP_NANOS / 2);
        long[] counts = new long[2];
        long[] nanos = new long[2];
        Runnable[] operations = {raw, full};
        for (int slice = 0; slice < 20; slice++) {
            for (int i = 0; i < 2; i++) {
                long start = System.nanoTime();
                counts[i] += run(operations[i], MEASURE_NANOS / 20);
                nanos[i] += System.nanoTime() - start;
            }
        }
        return new long[] {Math.round(counts[0] * 1e9 / nanos[0]), Math.round(counts[1] * 1e9 / nanos[1])};
    }

    private static IssueRequest learnerRequest(String achievementKey, int learner) {
        IssueRequest request = TestAchievements.request(achievementKey, "bench-learner-" + learner);
        return new IssueRequest(null, request.achievement(), request.recipient(),
                List.of(new AchievedResult("cleaning", LEVELS[learner % 3]), new AchievedResult("visualisation", LEVELS[learner / 3 % 3])),
                List.of(new EvidenceItem("https://lms.example/submissions/" + learner, "Final project", "A cleaned dataset and dashboard.", null)),
                null, ProofFormat.EDDSA_RDFC_2022);
    }

    /**
     * Runs {@code operation} in one-second slices until the JIT compiler has settled, and returns how long that
     * took in seconds: until then its compiler threads take a share of the machine's two cores. Settled means two
     * slices in a row in which the JVM's other threads (compiler, garbage collector) used less than a tenth of
     * the CPU time of the thread that runs {@code operation}.
     */
    private static double settle(Runnable operation) {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        int quiet = 0;
        while (quiet < SETTLED_SLICES && System.nanoTime() - start < MAX_SETTLING_NANOS) {
            long thread = threads.getCurrentThreadCpuTime();
            long process = os.getProcessCpuTime();
            run(operation, 1_000_000_000L);
            thread = threads.getCurrentThreadCpuTime() - thread;
            process = os.getProcessCpuTime() - process;
            quiet = process - thread < thread / 10 ? quiet + 1 : 0;
        }
        return Math.round((System.nanoTime() - start) / 1e8) / 10.0;
    }

    /**
     * Per operation: the CPU time of the calling thread in µs (unlike a rate, unaffected by other load), the CPU
     * time of the whole JVM in µs (the thread plus garbage collection, JIT compilation and the rest) and the
     * memory the thread allocates in KB.
     */
    private static double[] costPerOperation(Runnable operation) {
        run(operation, WARM_UP_NANOS / 2);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long thread = Thread.currentThread().getId();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long processStart = os.getProcessCpuTime();
        long allocatedStart = threads.getThreadAllocatedBytes(thread);
        long count = run(operation, MEASURE_NANOS);
        return new double[] {Math.round((threads.getCurrentThreadCpuTime() - cpuStart) / 100.0 / count) / 10.0,
                Math.round((os.getProcessCpuTime() - processStart) / 100.0 / count) / 10.0,
                Math.round((threads.getThreadAllocatedBytes(thread) - allocatedStart) / 102.4 / count) / 10.0};
    }

    /**
     * Operations per second of {@code threads} threads running {@code operation} side by side, the CPU time of the
     * whole JVM per operation in µs, and the cores the JVM had meanwhile (its CPU time over the elapsed time):
     * the kernel shares the cores between sessions, not threads, so other sessions' load caps the last figure.
     */
    private static double[] parallelRate(int threads, Runnable operation) throws InterruptedException {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Long>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(() -> run(operation, WARM_UP_NANOS / 2));
            }
            pool.invokeAll(workers);
            workers.clear();
            for (int i = 0; i < threads; i++) {
                workers.add(() -> run(operation, MEASURE_NANOS));
            }
            long start = System.nanoTime();
            long processStart = os.getProcessCpuTime();
            long count = 0;
            for (Future<Long> done : pool.invokeAll(workers)) {
                count += done.get();
            }
            long elapsed = System.nanoTime() - start;
            long processCpu = os.getProcessCpuTime() - processStart;
            return new double[] {count * 1e9 / elapsed, Math.round(processCpu / 100.0 / count) / 10.0,
                    Math.round(processCpu * 100.0 / elapsed) / 100.0};
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException(ex.getCause());
        }
        finally {
            pool.shutdownNow();
        }
    }

    private static long rate(Runnable operation) {
        run(operation, WARM_UP_NANOS);
        long start = System.nanoTime();
        long count = run(operation, MEASURE_NANOS);
        return Math.round(count * 1e9 / (System.nanoTime() - start));
    }

    private static long run(Runnable operation, long nanos) {
        long end = System.nanoTime() + nanos;
        long count = 0;
        while (System.nanoTime() < end) {
            operation.run();
            count++;
        }
        return count;
    }
}
