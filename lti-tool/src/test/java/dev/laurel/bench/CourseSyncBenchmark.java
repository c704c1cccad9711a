package dev.laurel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.BenchResults;
import dev.laurel.testsupport.Benchmark;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.coursesync.CourseKey;
import dev.laurel.tool.coursesync.CourseSyncProgress;
import dev.laurel.tool.coursesync.CourseSyncService;
import dev.laurel.tool.services.PlatformServices;
import dev.laurel.tool.services.ServicesProperties;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Syncs a Canvas-shaped course of 5,000 learners and 20 line items (pages of 100) from a WireMock platform
 * answering every request after 20 ms, and compares the time with the bound set by the per-platform
 * concurrency limit and by the longest chain of dependent page requests, both from the requests the platform
 * counted. Each sync is of a new course and is timed from its start to its last page committed, its rows then
 * counted. After {@value #WARM_UPS} syncs of other courses (the per-page code is JIT-compiled only after about ten),
 * the figures are those of the median of {@value #RUNS} syncs; the first sync of the JVM is reported too. The
 * platform runs in a JVM of its own ({@link CoursePlatformServer}), so the heap and the CPU time reported are the
 * tool's; the CPU time of the platform and of the PostgreSQL backends is reported beside it (all share the
 * machine's cores).
 */
@Benchmark
@ToolTest
class CourseSyncBenchmark {

    private static final int LEARNERS = 5_000;

    private static final int LINE_ITEMS = 20;

    private static final int PAGE_SIZE = 100;

    private static final int DELAY_MS = 20;

    /** Syncs of other courses first, so that the measured ones run JIT-compiled code, as a running tool does. */
    private static final int WARM_UPS = 12;

    private static final int RUNS = 3;

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private static CoursePlatformProcess platform;

    @Autowired
    CourseSyncService syncs;

    @Autowired
    ServicesProperties servicesProperties;

    @Autowired
    DataSource dataSource;

    @BeforeAll
    static void startPlatform() throws IOException {
        platform = CoursePlatformProcess.start(LEARNERS, LINE_ITEMS, PAGE_SIZE, DELAY_MS);
    }

    @AfterAll
    static void stopPlatform() throws IOException, InterruptedException {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void syncsACourseOfFiveThousandLearnersAndTwentyLineItems() throws Exception {
        int warmUps = Integer.getInteger("laurel.bench.sync.warm-ups", WARM_UPS);
        int runs = Integer.getInteger("laurel.bench.sync.runs", RUNS);
        PostgresBackendCpu database = PostgresBackendCpu.of(dataSource);
        Optional<SyncRun> first = Optional.empty();
        for (int n = 1; n <= warmUps; n++) {
            SyncRun warmUp = sync(1000 + n, database);
            System.out.println("BENCH course sync warm-up " + n + ": " + warmUp.describe());
            first = first.or(() -> Optional.of(warmUp));
        }
        Recording recording = profileIfAsked();
        List<SyncRun> measured = new ArrayList<>();
        for (int n = 1; n <= runs; n++) {
            SyncRun run = sync(2000 + n, database);
            System.out.println("BENCH course sync run " + n + ": " + run.describe());
            measured.add(run);
        }
        if (recording != null) {
            recording.stop();
            recording.close();
        }
        List<SyncRun> byTime = measured.stream().sorted(Comparator.comparingDouble(SyncRun::seconds)).toList();
        SyncRun median = byTime.get(byTime.size() / 2);
        System.out.printf("BENCH course sync: median of %d runs after %d warm-ups: %.3f s (%.3f to %.3f s), %.2f x the bound%n",
                runs, warmUps, median.seconds(), byTime.get(0).seconds(), byTime.get(byTime.size() - 1).seconds(),
                median.seconds() / median.bound());
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("ags_sync_s", round(median.seconds()));
        figures.put("ags_sync_ratio_to_bound", round(median.seconds() / median.bound()));
        figures.put("ags_sync_heap_mb", round(measured.stream().mapToLong(SyncRun::peakHeap).max().orElseThrow() / 1024.0 / 1024.0));
        figures.put("ags_sync_tool_cpu_s", round(median.toolCpu()));
        figures.put("ags_sync_platform_cpu_s", round(median.platformCpu()));
        median.databaseCpu().ifPresent(value -> figures.put("ags_sync_postgres_cpu_s", round(value)));
        first.ifPresent(run -> figures.put("ags_sync_first_s", round(run.seconds())));
        BenchResults.record(figures);
    }

    /** Syncs a new course from its first page to its last committed row, and checks every row is there. */
    private SyncRun sync(long registrationId, PostgresBackendCpu database) throws Exception {
        platform.resetRequests();
        HeapSampler heap = HeapSampler.start();
        ThreadCpuSampler threadCpu = ThreadCpuSampler.start();
        Duration platformCpuStart = platform.cpu();
        Optional<Duration> databaseCpuStart = database.cpu();
        JvmActivity jvmStart = JvmActivity.now();
        long cpuStart = OS.getProcessCpuTime();
        long start = System.nanoTime();
        CourseKey course = new CourseKey(registrationId, "bench", "course-" + registrationId);
        syncs.syncNow(course, services(registrationId));
        double seconds = (System.nanoTime() - start) / 1e9;
        double toolCpu = (OS.getProcessCpuTime() - cpuStart) / 1e9;
        double platformCpu = platform.cpu().minus(platformCpuStart).toMillis() / 1000.0;
        Optional<Double> databaseCpu = databaseCpuStart.flatMap(before -> database.cpu()
                .map(after -> after.minus(before).toMillis() / 1000.0));
        JvmActivity jvm = JvmActivity.now().since(jvmStart);
        long peakHeap = heap.stop();
        Map<String, Double> cpuByThreads = threadCpu.stop(CourseSyncBenchmark::threadGroup);

        CourseSyncProgress progress = syncs.progress(course).orElseThrow();
        assertThat(progress.members()).isEqualTo(LEARNERS);
        assertThat(progress.results()).isEqualTo((long) LEARNERS * LINE_ITEMS);
        int requests = platform.requests();
        int longestChain = 3 + (LEARNERS + PAGE_SIZE - 1) / PAGE_SIZE;
        double bound = Math.max(requests * DELAY_MS / 1000.0 / servicesProperties.concurrencyLimit(),
                longestChain * DELAY_MS / 1000.0);
        return new SyncRun(requests, longestChain, bound, seconds, toolCpu, cpuByThreads, jvm, platformCpu, databaseCpu,
                peakHeap, OS.getSystemLoadAverage());
    }

    /**
     * With {@code -Dlaurel.bench.jfr=FILE}, a JFR recording of the measured syncs only
     * (settings {@code -Dlaurel.bench.jfr.settings}: a name such as {@code default} or a {@code .jfc} file; {@code profile}
     * by default).
     */
    private static Recording profileIfAsked() {
        String file = System.getProperty("laurel.bench.jfr");
        if (file == null || file.isBlank()) {
            return null;
        }
        try {
            String settings = System.getProperty("laurel.bench.jfr.settings", "profile");
            Recording recording = new Recording(settings.endsWith(".jfc") ? Configuration.create(Path.of(settings))
                    : Configuration.getConfiguration(settings));
            recording.setDestination(Path.of(file));
            recording.start();
            return recording;
        }
        catch (IOException | ParseException ex) {
            throw new IllegalStateException("cannot record " + file, ex);
        }
    }

    private static PlatformServices services(long registrationId) {
        String base = platform.baseUrl();
        return new PlatformServices(registrationId, "bench-client", URI.create(base + "/login/oauth2/token"), null,
                URI.create(base + CoursePlatformTransformer.COURSE + "/line_items"),
                Set.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly"),
                URI.create(base + CoursePlatformTransformer.COURSE + "/names_and_roles"));
    }

    private static String threadGroup(String thread) {
        if (thread.startsWith("course-sync-")) {
            return thread.contains("-fetch-") ? "page fetchers" : "page writers";
        }
        return thread.startsWith("HttpClient-") ? "JDK HTTP client" : "other Java threads";
    }

    /** Garbage collections and JIT compilation time of this JVM, from its management beans. */
    private record JvmActivity(long collections, long collectionMillis, long compilationMillis) {

        static JvmActivity now() {
            long count = 0;
            long millis = 0;
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                count += Math.max(0, gc.getCollectionCount());
                millis += Math.max(0, gc.getCollectionTime());
            }
            return new JvmActivity(count, millis, ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
        }

        JvmActivity since(JvmActivity start) {
            return new JvmActivity(collections - start.collections, collectionMillis - start.collectionMillis,
                    compilationMillis - start.compilationMillis);
        }

        @Override
        public String toString() {
            return "%d GCs taking %d ms, JIT compiling %d ms".formatted(collections, collectionMillis, compilationMillis);
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** One measured sync: wall time, bound, CPU time of the tool (by thread group), platform and database, peak heap. */
    private record SyncRun(int requests, int longestChain, double bound, double seconds, double toolCpu,
            Map<String, Double> toolCpuByThreads, JvmActivity jvm, double platformCpu, Optional<Double> databaseCpu, long peakHeap,
            double loadAverage) {

        String describe() {
            double javaThreads = toolCpuByThreads.values().stream().mapToDouble(Double::doubleValue).sum();
            return ("%d requests, longest chain %d, bound %.3f s, wall %.3f s (%.2f x bound), peak heap %.0f MB; CPU: tool JVM"
                    + " %.3f s (%s, JVM's own threads (GC, JIT) %.3f s; %s), platform JVM %.3f s, PostgreSQL backends %s;"
                    + " load average %.1f").formatted(requests, longestChain, bound, seconds, seconds / bound,
                    peakHeap / 1024.0 / 1024.0, toolCpu, toolCpuByThreads.entrySet().stream()
                            .sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
                            .map(each -> "%s %.3f s".formatted(each.getKey(), each.getValue()))
                            .collect(Collectors.joining(", ")),
                    toolCpu - javaThreads, jvm, platformCpu, databaseCpu.map(value -> "%.2f s".formatted(value)).orElse("n/a"),
                    loadAverage);
        }
    }
}
