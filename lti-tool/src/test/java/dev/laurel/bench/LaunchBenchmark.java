package dev.laurel.bench;

import dev.laurel.testsupport.BenchResults;
import dev.laurel.testsupport.Benchmark;
import dev.laurel.tool.launch.LaunchBenchmarkSupport;
import org.junit.jupiter.api.Test;

/**
 * Full LTI launches from the sandbox LMS into the tool over loopback HTTP: 16 concurrent clients, each with its
 * own cookie jars; launches per second, latency percentiles, and the tool's CPU time per launch (login +
 * launch requests, measured with {@code ThreadMXBean.getCurrentThreadCpuTime()} in the request threads): 400
 * launches after 40 warm-up ones, and again 400 after 3,000 more ({@code _steady}: the JIT compilers are done
 * with the launch code by then); then what a launch costs at least on this machine with the building blocks it is
 * made of and nothing of Laurel's own ({@code LaunchCostFloors}). {@code -Dlaurel.bench.launch.warmup},
 * {@code .launches} and {@code .steady-warmup} change the counts, e.g. for a profiling run.
 */
@Benchmark
class LaunchBenchmark {

    @Test
    void fullLaunchesAgainstTheSandbox() throws Exception {
        BenchResults.record(LaunchBenchmarkSupport.run(16, Integer.getInteger("laurel.bench.launch.warmup", 40),
                Integer.getInteger("laurel.bench.launch.launches", 400),
                Integer.getInteger("laurel.bench.launch.steady-warmup", 3000)));
    }
}
