package dev.laurel.tool.services;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The per-platform limits: a fair semaphore bounding concurrent requests and a Resilience4j circuit breaker
 * counting I/O errors and 5xx, both keyed by registration so one slow or failing LMS never starves others.
 */
public final class PlatformGuards {

    private final int concurrencyLimit;

    private final CircuitBreakerRegistry breakers;

    private final ConcurrentHashMap<Long, Semaphore> permits = new ConcurrentHashMap<>();

    public PlatformGuards(ServicesProperties properties) {
        this.concurrencyLimit = properties.concurrencyLimit();
        ServicesProperties.CircuitBreaker settings = properties.circuitBreaker();
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRateThreshold())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumNumberOfCalls())
                .waitDurationInOpenState(settings.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpenState())
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .build());
    }

    /** The request slots of the platform behind {@code registrationId}. */
    Semaphore permits(long registrationId) {
        return permits.computeIfAbsent(registrationId, id -> new Semaphore(concurrencyLimit, true));
    }

    /** The circuit breaker of the platform behind {@code registrationId}. */
    public CircuitBreaker breaker(long registrationId) {
        return breakers.circuitBreaker("platform-" + registrationId);
    }
}
