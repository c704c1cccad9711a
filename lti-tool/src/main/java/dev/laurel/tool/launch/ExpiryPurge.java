package dev.laurel.tool.launch;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * When a table of short-lived rows is cleared of expired ones again: at most once per {@link #INTERVAL} on this
 * instance, so a busy instance does not pay a {@code DELETE} per login or launch. Expired rows are refused by their
 * own {@code expires_at} checks meanwhile; purging only keeps the tables small.
 */
final class ExpiryPurge {

    static final Duration INTERVAL = Duration.ofMinutes(1);

    private final AtomicReference<Instant> next = new AtomicReference<>(Instant.MIN);

    /** Whether a purge is due at {@code now}; {@code true} for exactly one caller per interval. */
    boolean due(Instant now) {
        Instant scheduled = next.get();
        return !now.isBefore(scheduled) && next.compareAndSet(scheduled, now.plus(INTERVAL));
    }
}
