package dev.laurel.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Samples the CPU time of every Java thread of this JVM every 50 ms and sums what each group of threads used
 * (a thread that ends loses at most its last 50 ms); the JVM's own threads (GC, JIT) are not Java threads, so
 * they are the process's CPU time less this sum.
 */
final class ThreadCpuSampler {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    private final Map<Long, Long> baseline = new HashMap<>();

    private final Map<Long, Long> latest = new HashMap<>();

    private final Map<Long, String> names = new HashMap<>();

    private final AtomicBoolean running = new AtomicBoolean(true);

    private final Thread sampler;

    private ThreadCpuSampler() {
        sample(baseline);
        sampler = new Thread(() -> {
            while (running.get()) {
                sample(latest);
                try {
                    Thread.sleep(50);
                }
                catch (InterruptedException ex) {
                    return;
                }
            }
        }, "thread-cpu-sampler");
        sampler.setDaemon(true);
    }

    static ThreadCpuSampler start() {
        ThreadCpuSampler cpu = new ThreadCpuSampler();
        cpu.sampler.start();
        return cpu;
    }

    /** Stops sampling; returns the CPU seconds used since the start by each group {@code group} names. */
    Map<String, Double> stop(Function<String, String> group) throws InterruptedException {
        running.set(false);
        sampler.join();
        sample(latest);
        Map<String, Double> seconds = new LinkedHashMap<>();
        latest.forEach((id, cpu) -> seconds.merge(group.apply(names.get(id)),
                (cpu - baseline.getOrDefault(id, 0L)) / 1e9, Double::sum));
        return seconds;
    }

    private synchronized void sample(Map<Long, Long> into) {
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu >= 0) {
                into.put(info.getThreadId(), cpu);
                names.putIfAbsent(info.getThreadId(), info.getThreadName());
            }
        }
    }
}
