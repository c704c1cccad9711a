package dev.laurel.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.laurel.testsupport.BenchResults;
import dev.laurel.testsupport.Benchmark;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.coursesync.CourseKey;
import dev.laurel.tool.coursesync.CourseSyncProgress;
import dev.laurel.tool.coursesync.CourseSyncService;
import dev.laurel.tool.services.PlatformServices;
import dev.laurel.tool.services.ServicesProperties;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Syncs a Canvas-shaped course of 5,000 learners and 20 line items (pages of 100) from a WireMock platform
 * answering every request after 20 ms, and compares the time with the bound set by the per-platform
 * concurrency limit and by the longest chain of dependent page requests.
 */
@Benchmark
@ToolTest
class CourseSyncBenchmark {

    private static final int LEARNERS = 5_000;

    private static final int LINE_ITEMS = 20;

    private static final int PAGE_SIZE = 100;

    private static final int DELAY_MS = 20;

    private static final CoursePlatformTransformer PLATFORM = new CoursePlatformTransformer(LEARNERS, LINE_ITEMS, PAGE_SIZE);

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(96).disableRequestJournal().extensions(PLATFORM))
            .build();

    @Autowired
    CourseSyncService syncs;

    @Autowired
    ServicesProperties servicesProperties;

    @Test
    void syncsACourseOfFiveThousandLearnersAndTwentyLineItems() throws InterruptedException {
        wireMock.stubFor(post(urlPathEqualTo(CoursePlatformTransformer.TOKEN))
                .willReturn(aResponse().withFixedDelay(DELAY_MS).withTransformers(CoursePlatformTransformer.NAME)));
        wireMock.stubFor(get(urlPathMatching(CoursePlatformTransformer.COURSE + "/.*"))
                .willReturn(aResponse().withFixedDelay(DELAY_MS).withTransformers(CoursePlatformTransformer.NAME)));
        syncs.syncNow(new CourseKey(9001, "bench", "warm-up"), platform(9001));
        PLATFORM.resetRequests();

        HeapSampler heap = HeapSampler.start();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        CourseKey course = new CourseKey(9002, "bench", "course-1");
        syncs.syncNow(course, platform(9002));
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = heap.stop();
        double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;

        CourseSyncProgress progress = syncs.progress(course).orElseThrow();
        assertThat(progress.members()).isEqualTo(LEARNERS);
        assertThat(progress.results()).isEqualTo((long) LEARNERS * LINE_ITEMS);
        int requests = PLATFORM.requests();
        int pages = PLATFORM.pages();
        int longestChain = 3 + pages;
        double bound = Math.max(requests * DELAY_MS / 1000.0 / servicesProperties.concurrencyLimit(),
                longestChain * DELAY_MS / 1000.0);
        System.out.printf("BENCH course sync: %d requests, longest chain %d, bound %.3f s, JVM CPU %.3f s, load average %.1f%n",
                requests, longestChain, bound, cpuSeconds, os.getSystemLoadAverage());
        BenchResults.record(Map.of("ags_sync_s", round(seconds), "ags_sync_ratio_to_bound", round(seconds / bound),
                "ags_sync_heap_mb", round(peakHeap / 1024.0 / 1024.0)));
    }

    private static PlatformServices platform(long registrationId) {
        String base = wireMock.baseUrl();
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
