package dev.laurel.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Samples used heap every few milliseconds and keeps the peak. */
final class HeapSampler {

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
