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
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
 * concurrency limit and by the longest chain of dependent page requests. The platform runs in a JVM of its own
 * ({@link CoursePlatformServer}), so the heap and the CPU time reported are the tool's; the CPU time of the
 * platform and of the PostgreSQL backends is reported beside it (all share the machine's cores).
 */
@Benchmark
@ToolTest
class CourseSyncBenchmark {

    private static final int LEARNERS = 5_000;

    private static final int LINE_ITEMS = 20;

    private static final int PAGE_SIZE = 100;

    private static final int DELAY_MS = 20;

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
        syncs.syncNow(new CourseKey(9001, "bench", "warm-up"), services(9001));
        platform.resetRequests();
        PostgresBackendCpu database = PostgresBackendCpu.of(dataSource);

        Recording recording = profileIfAsked();
        HeapSampler heap = HeapSampler.start();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Duration platformCpuStart = platform.cpu();
        Optional<Duration> databaseCpuStart = database.cpu();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        CourseKey course = new CourseKey(9002, "bench", "course-1");
        syncs.syncNow(course, services(9002));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
        double platformCpuSeconds = platform.cpu().minus(platformCpuStart).toMillis() / 1000.0;
        Optional<Double> databaseCpuSeconds = databaseCpuStart.flatMap(before -> database.cpu()
                .map(after -> after.minus(before).toMillis() / 1000.0));
        long peakHeap = heap.stop();
        if (recording != null) {
            recording.stop();
            recording.close();
        }

        CourseSyncProgress progress = syncs.progress(course).orElseThrow();
        assertThat(progress.members()).isEqualTo(LEARNERS);
        assertThat(progress.results()).isEqualTo((long) LEARNERS * LINE_ITEMS);
        int requests = platform.requests();
        int pages = (LEARNERS + PAGE_SIZE - 1) / PAGE_SIZE;
        int longestChain = 3 + pages;
        double bound = Math.max(requests * DELAY_MS / 1000.0 / servicesProperties.concurrencyLimit(),
                longestChain * DELAY_MS / 1000.0);
        System.out.printf("BENCH course sync: %d requests, longest chain %d, bound %.3f s, wall %.3f s; CPU: tool JVM %.3f s,"
                + " platform JVM %.3f s, PostgreSQL backends %s; load average %.1f%n", requests, longestChain, bound, seconds,
                cpuSeconds, platformCpuSeconds, databaseCpuSeconds.map(value -> "%.2f s".formatted(value)).orElse("n/a"),
                os.getSystemLoadAverage());
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("ags_sync_s", round(seconds));
        figures.put("ags_sync_ratio_to_bound", round(seconds / bound));
        figures.put("ags_sync_heap_mb", round(peakHeap / 1024.0 / 1024.0));
        figures.put("ags_sync_tool_cpu_s", round(cpuSeconds));
        figures.put("ags_sync_platform_cpu_s", round(platformCpuSeconds));
        databaseCpuSeconds.ifPresent(value -> figures.put("ags_sync_postgres_cpu_s", round(value)));
        BenchResults.record(figures);
    }

    /** With {@code -Dlaurel.bench.jfr=FILE}, a JFR recording (profile settings) of the measured sync only. */
    private static Recording profileIfAsked() {
        String file = System.getProperty("laurel.bench.jfr");
        if (file == null || file.isBlank()) {
            return null;
        }
        try {
            Recording recording = new Recording(Configuration.getConfiguration("profile"));
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
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

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** Samples used heap every few milliseconds and keeps the peak. */
    private static final class HeapSampler {

        private final AtomicBoolean running = new AtomicBoolean(true);

        private final AtomicLong peak = new AtomicLong();

        private final Thread thread;

        private HeapSampler() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            thread = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    }
                    catch (InterruptedException ex) {
                        return;
                    }
                }
            }, "heap-sampler");
        }

        static HeapSampler start() {
            System.gc();
            HeapSampler sampler = new HeapSampler();
            sampler.thread.start();
            return sampler;
        }

        long stop() throws InterruptedException {
            running.set(false);
            thread.join();
            return peak.get();
        }
    }

}
