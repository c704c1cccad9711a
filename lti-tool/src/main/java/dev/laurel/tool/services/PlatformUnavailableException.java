package dev.laurel.tool.services;

import java.time.Duration;
import java.util.Optional;

/**
 * The platform could not be reached or kept failing, at a service or at its token endpoint: retries exhausted on
 * I/O errors or 5xx ({@code platform_unavailable}), rate limited beyond what Laurel waits
 * ({@code platform_rate_limited}), the platform's circuit breaker is open ({@code platform_circuit_open}) or its
 * concurrency limit stayed full ({@code platform_busy}). Worth trying again later.
 */
public final class PlatformUnavailableException extends PlatformServiceException {

    public static final String UNAVAILABLE = "platform_unavailable";

    public static final String RATE_LIMITED = "platform_rate_limited";

    public static final String CIRCUIT_OPEN = "platform_circuit_open";

    public static final String BUSY = "platform_busy";

    private final Duration retryAfter;

    public PlatformUnavailableException(String code, long registrationId, int status, String platformMessage,
            Throwable cause) {
        this(code, registrationId, status, platformMessage, cause, null);
    }

    /** The same, with the wait the platform asked for in {@code Retry-After} (null when it named none). */
    public PlatformUnavailableException(String code, long registrationId, int status, String platformMessage,
            Throwable cause, Duration retryAfter) {
        super(code, registrationId, status, platformMessage, cause);
        this.retryAfter = retryAfter;
    }

    /** How long the platform asked Laurel to wait ({@code Retry-After}), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
