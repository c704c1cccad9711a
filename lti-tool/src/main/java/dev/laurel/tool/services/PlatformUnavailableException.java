package dev.laurel.tool.services;

/**
 * The platform could not be reached or kept failing: retries exhausted on I/O errors or 5xx
 * ({@code platform_unavailable}), rate limited beyond what Laurel waits ({@code platform_rate_limited}), the
 * platform's circuit breaker is open ({@code platform_circuit_open}) or its concurrency limit stayed full
 * ({@code platform_busy}). Worth trying again later.
 */
public final class PlatformUnavailableException extends PlatformServiceException {

    public static final String UNAVAILABLE = "platform_unavailable";

    public static final String RATE_LIMITED = "platform_rate_limited";

    public static final String CIRCUIT_OPEN = "platform_circuit_open";

    public static final String BUSY = "platform_busy";

    public PlatformUnavailableException(String code, long registrationId, int status, String platformMessage,
            Throwable cause) {
        super(code, registrationId, status, platformMessage, cause);
    }
}
