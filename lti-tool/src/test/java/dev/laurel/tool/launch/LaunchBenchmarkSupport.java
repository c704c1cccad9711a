package dev.laurel.tool.launch;

import dev.laurel.testsupport.LiveSandbox;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/** Runs full sandbox → tool launches from concurrent clients and measures them (see {@code LaunchBenchmark}). */
public final class LaunchBenchmarkSupport {

    private LaunchBenchmarkSupport() {
    }

    /** The meter as a bean of the tool's context. */
    static class Probe {
        @Bean
        LaunchCpuMeter launchCpuMeter() {
            return new LaunchCpuMeter();
        }

        @Bean
        FilterRegistrationBean<OncePerRequestFilter> floorRequestAnswer() {
            return LaunchCostFloors.answer();
        }
    }

    /**
     * Measures {@code launches} launches after {@code warmup} ones, then, when {@code steadyWarmup} is positive, the
     * tool's CPU time of {@code launches} more after {@code steadyWarmup} further launches (the JIT compilers done);
     * then the floors of a launch on this machine ({@link LaunchCostFloors}).
     *
     * @return {@code launches_per_s}, {@code launch_p50_ms}, {@code launch_p99_ms}, {@code launch_validation_cpu_us},
     *     {@code launch_validation_cpu_us_steady} when measured, and the floors of {@link LaunchCostFloors}
     */
    public static Map<String, Number> run(int clients, int warmup, int launches, int steadyWarmup) throws Exception {
        try (LiveSandbox live = LiveSandbox.start(Probe.class)) {
            LaunchCpuMeter meter = live.tool.getBean(LaunchCpuMeter.class);
            measure(live, clients, warmup);
            meter.reset();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            long started = System.nanoTime();
            int failures = measure(live, clients, launches, latencies);
            double seconds = (System.nanoTime() - started) / 1e9;
            if (failures > 0) {
                throw new IllegalStateException(failures + " launches failed");
            }
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            Map<String, Number> figures = new LinkedHashMap<>();
            figures.put("launches_per_s", round(sorted.size() / seconds));
            figures.put("launch_p50_ms", round(percentile(sorted, 0.50) / 1e6));
            figures.put("launch_p99_ms", round(percentile(sorted, 0.99) / 1e6));
            figures.put("launch_validation_cpu_us", round(cpuPerLaunch(meter)));
            if (steadyWarmup > 0) {
                measure(live, clients, steadyWarmup);
                meter.reset();
                if (measure(live, clients, launches, Collections.synchronizedList(new ArrayList<>())) > 0) {
                    throw new IllegalStateException("launches failed");
                }
                figures.put("launch_validation_cpu_us_steady", round(cpuPerLaunch(meter)));
            }
            figures.putAll(LaunchCostFloors.measure(live.toolUrl, meter, live.tool.getBean(JdbcTemplate.class)));
            return figures;
        }
    }

    private static double cpuPerLaunch(LaunchCpuMeter meter) {
        return meter.cpuNanos() / 1e3 / Math.max(1, meter.launches());
    }

    private static void measure(LiveSandbox live, int clients, int launches) throws Exception {
        measure(live, clients, launches, Collections.synchronizedList(new ArrayList<>()));
    }

    private static int measure(LiveSandbox live, int clients, int launches, List<Long> latencies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger remaining = new AtomicInteger(launches);
        AtomicInteger failures = new AtomicInteger();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                String role = client % 2 == 0 ? "learner" : "instructor";
                running.add(pool.submit(() -> {
                    LmsBrowser browser = new LmsBrowser();
                    while (remaining.getAndDecrement() > 0) {
                        long start = System.nanoTime();
                        LmsBrowser.Launch launch = browser.launch(live.sandboxUrl + "/launch/" + role);
                        latencies.add(System.nanoTime() - start);
                        if (launch.launchResponse().statusCode() != 303) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        }
        finally {
            pool.shutdownNow();
        }
        return failures.get();
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
