package dev.laurel.tool.services;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Timings and limits of the calls to platforms' LTI Advantage services.
 *
 * @param connectTimeout TCP connect timeout
 * @param readTimeout time to wait for a response
 * @param concurrencyLimit concurrent requests per platform, so one slow LMS never starves the others
 * @param concurrencyWait how long a request waits for a free slot before failing with {@code platform_busy}
 * @param tokenRefreshSkew a cached token is renewed this long before it expires
 * @param assertionLifetime lifetime of the JWT client assertion
 * @param retry retry settings
 * @param circuitBreaker circuit-breaker settings
 */
@ConfigurationProperties("laurel.services")
public record ServicesProperties(
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("16") int concurrencyLimit,
        @DefaultValue("60s") Duration concurrencyWait,
        @DefaultValue("60s") Duration tokenRefreshSkew,
        @DefaultValue("5m") Duration assertionLifetime,
        @DefaultValue Retry retry,
        @DefaultValue CircuitBreaker circuitBreaker) {

    /**
     * @param maxAttempts attempts per request, the first included
     * @param initialBackoff delay before the first retry
     * @param multiplier growth of the delay per retry
     * @param maxBackoff the longest computed delay
     * @param jitter random spread added to or taken from each delay
     * @param maxRetryAfter the longest {@code Retry-After} honoured; a longer one fails with {@code platform_rate_limited}
     */
    public record Retry(@DefaultValue("4") int maxAttempts, @DefaultValue("500ms") Duration initialBackoff,
            @DefaultValue("2.0") double multiplier, @DefaultValue("20s") Duration maxBackoff,
            @DefaultValue("200ms") Duration jitter, @DefaultValue("120s") Duration maxRetryAfter) {
    }

    /**
     * @param failureRateThreshold percentage of failed calls that opens the breaker
     * @param slidingWindowSize calls the failure rate is computed over
     * @param minimumNumberOfCalls calls needed before the rate counts
     * @param waitInOpenState how long the breaker stays open before letting trial calls through
     * @param permittedCallsInHalfOpenState trial calls in the half-open state
     */
    public record CircuitBreaker(@DefaultValue("50") float failureRateThreshold,
            @DefaultValue("20") int slidingWindowSize, @DefaultValue("10") int minimumNumberOfCalls,
            @DefaultValue("30s") Duration waitInOpenState, @DefaultValue("3") int permittedCallsInHalfOpenState) {
    }
}
