package dev.laurel.tool.services;

import java.time.Duration;

/** Waits between retries of a platform request; a bean so tests can observe the waits instead of sleeping. */
@FunctionalInterface
public interface RetrySleeper {

    /** Blocks for {@code delay}; throws {@link InterruptedException} when the thread is interrupted. */
    void sleep(Duration delay) throws InterruptedException;

    /** The real one: {@link Thread#sleep(Duration)}. */
    static RetrySleeper threadSleep() {
        return delay -> Thread.sleep(delay.toMillis());
    }
}
