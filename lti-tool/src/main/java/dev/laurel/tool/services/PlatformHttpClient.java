package dev.laurel.tool.services;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends requests to platform services with an access token: retries I/O errors, 429 and 5xx with
 * exponential backoff and jitter (waiting at least {@code Retry-After}), renews the token once after a 401,
 * holds one of the platform's concurrency slots per attempt (never while waiting), goes through the
 * platform's circuit breaker, and turns error bodies into typed exceptions carrying the LMS's message. The token
 * endpoint's failures to answer, 429 and 5xx count as the service's; its OAuth2 refusal
 * ({@code service_token_rejected}) and a connection the platform address policy refuses
 * ({@link PlatformAddressRefusedException}) fail at once.
 */
public final class PlatformHttpClient {

    private static final Logger log = LoggerFactory.getLogger(PlatformHttpClient.class);

    private final RestClient restClient;

    private final ServiceTokenClient tokens;

    private final PlatformGuards guards;

    private final ServicesProperties properties;

    private final Clock clock;

    private final RetrySleeper sleeper;

    private final PlatformErrorBodies errorBodies;

    public PlatformHttpClient(RestClient restClient, ServiceTokenClient tokens, PlatformGuards guards,
            ServicesProperties properties, Clock clock, RetrySleeper sleeper, JsonMapper json) {
        this.restClient = restClient;
        this.tokens = tokens;
        this.guards = guards;
        this.properties = properties;
        this.clock = clock;
        this.sleeper = sleeper;
        this.errorBodies = new PlatformErrorBodies(json);
    }

    /** Sends {@code request}, returning the 2xx response or throwing a {@link PlatformServiceException}. */
    public PlatformResponse exchange(PlatformServices services, PlatformRequest request) {
        long registrationId = services.registrationId();
        BackOffExecution backoff = backoff().start();
        boolean renewedToken = false;
        for (int attempt = 1; ; attempt++) {
            Attempt outcome = attempt(services, request);
            int status = outcome.status();
            if (status >= 200 && status < 300) {
                return new PlatformResponse(status, outcome.headers(), outcome.body());
            }
            if (status == 401) {
                tokens.invalidate(services, request.scopes(), outcome.token());
                if (!renewedToken) {
                    renewedToken = true;
                    attempt--;
                    continue;
                }
                throw new ServiceTokenException(ServiceTokenException.UNAUTHORIZED, registrationId, status,
                        errorBodies.message(outcome.body()), null);
            }
            boolean retryable = status == 0 || status == 429 || status >= 500;
            if (!retryable) {
                throw new PlatformRejectedRequestException(registrationId, status, errorBodies.message(outcome.body()));
            }
            Optional<Duration> retryAfter = retryAfter(outcome);
            if (retryAfter.filter(wait -> wait.compareTo(properties.retry().maxRetryAfter()) > 0).isPresent()) {
                throw new PlatformUnavailableException(PlatformUnavailableException.RATE_LIMITED, registrationId, status,
                        "Retry-After " + retryAfter.get().toSeconds() + " s", outcome.failure(), retryAfter.get());
            }
            if (attempt >= properties.retry().maxAttempts()) {
                String code = status == 429 ? PlatformUnavailableException.RATE_LIMITED : PlatformUnavailableException.UNAVAILABLE;
                String message = outcome.failure() instanceof PlatformUnavailableException token ? token.platformMessage()
                        : status == 0 ? "no response after " + attempt + " attempts" : errorBodies.message(outcome.body());
                throw new PlatformUnavailableException(code, registrationId, status, message, outcome.failure(),
                        retryAfter.orElse(null));
            }
            Duration delay = Duration.ofMillis(backoff.nextBackOff());
            if (retryAfter.isPresent() && retryAfter.get().compareTo(delay) > 0) {
                delay = retryAfter.get();
            }
            log.info("Retrying {} {} on registration {} in {} ms after {}", request.method(), request.uri().getPath(),
                    registrationId, delay.toMillis(), status == 0 ? "an I/O error" : "HTTP " + status);
            pause(registrationId, delay);
        }
    }

    /**
     * Obtains (and caches) the access token for {@code scopes} ahead of the first request that needs it, holding one
     * of the platform's request slots as a request does; a failure is left for that request to meet and report.
     */
    public void prefetchToken(PlatformServices services, Set<String> scopes) {
        Semaphore permits = guards.permits(services.registrationId());
        try {
            acquire(permits, services.registrationId());
        }
        catch (PlatformUnavailableException ex) {
            return;
        }
        try {
            tokens.accessToken(services, scopes);
        }
        catch (RuntimeException ex) {
            log.debug("No token prefetched for registration {}: {}", services.registrationId(), ex.getMessage());
        }
        finally {
            permits.release();
        }
    }

    private Attempt attempt(PlatformServices services, PlatformRequest request) {
        long registrationId = services.registrationId();
        Semaphore permits = guards.permits(registrationId);
        acquire(permits, registrationId);
        try {
            CircuitBreaker breaker = guards.breaker(registrationId);
            if (!breaker.tryAcquirePermission()) {
                throw new PlatformUnavailableException(PlatformUnavailableException.CIRCUIT_OPEN, registrationId, 0,
                        "too many recent failures; calls paused", null);
            }
            long start = System.nanoTime();
            String token = null;
            try {
                token = tokens.accessToken(services, request.scopes());
                return record(breaker, start, send(registrationId, request, token));
            }
            catch (PlatformUnavailableException ex) {
                // the token endpoint did not answer, or answered 429 or 5xx: counted and retried as a service's answer
                return record(breaker, start, new Attempt(ex.status(), new HttpHeaders(), new byte[0], null, ex));
            }
            catch (ResourceAccessException ex) {
                return record(breaker, start, new Attempt(0, new HttpHeaders(), new byte[0], token, ex));
            }
            catch (RuntimeException ex) {
                breaker.releasePermission();
                throw ex;
            }
        }
        finally {
            permits.release();
        }
    }

    /** Counts {@code outcome} in the platform's circuit: no answer and 5xx as failures, 429 not at all. */
    private static Attempt record(CircuitBreaker breaker, long start, Attempt outcome) {
        long elapsed = System.nanoTime() - start;
        int status = outcome.status();
        if (status == 0 || status >= 500) {
            breaker.onError(elapsed, TimeUnit.NANOSECONDS,
                    outcome.failure() != null ? outcome.failure() : new IOException("HTTP " + status));
        }
        else if (status == 429) {
            breaker.releasePermission();
        }
        else {
            breaker.onSuccess(elapsed, TimeUnit.NANOSECONDS);
        }
        return outcome;
    }

    /** One request; a connection the address policy refused is a {@link PlatformAddressRefusedException}. */
    private Attempt send(long registrationId, PlatformRequest request, String token) {
        RestClient.RequestBodySpec spec = restClient.method(request.method()).uri(request.uri())
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    if (request.accept() != null) {
                        headers.set(HttpHeaders.ACCEPT, request.accept());
                    }
                    if (request.contentType() != null) {
                        headers.set(HttpHeaders.CONTENT_TYPE, request.contentType());
                    }
                });
        if (request.body() != null) {
            spec.body(request.body());
        }
        try {
            return spec.exchange((httpRequest, response) -> new Attempt(response.getStatusCode().value(),
                    HttpHeaders.readOnlyHttpHeaders(response.getHeaders()), response.getBody().readAllBytes(), token, null));
        }
        catch (ResourceAccessException ex) {
            PlatformAddressRefusedException.throwIfRefused(registrationId, ex);
            throw ex;
        }
    }

    private void acquire(Semaphore permits, long registrationId) {
        try {
            if (!permits.tryAcquire(properties.concurrencyWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new PlatformUnavailableException(PlatformUnavailableException.BUSY, registrationId, 0,
                        "every request slot stayed busy", null);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new PlatformUnavailableException(PlatformUnavailableException.BUSY, registrationId, 0, "interrupted", ex);
        }
    }

    private void pause(long registrationId, Duration delay) {
        try {
            sleeper.sleep(delay);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new PlatformUnavailableException(PlatformUnavailableException.UNAVAILABLE, registrationId, 0,
                    "interrupted while waiting to retry", ex);
        }
    }

    /** The wait {@code outcome} asked for: the service's {@code Retry-After}, or the token endpoint's. */
    private Optional<Duration> retryAfter(Attempt outcome) {
        if (outcome.failure() instanceof PlatformUnavailableException token) {
            return token.retryAfter();
        }
        return outcome.status() == 0 ? Optional.empty()
                : RetryAfter.parse(outcome.headers().getFirst(HttpHeaders.RETRY_AFTER), clock);
    }

    private ExponentialBackOff backoff() {
        ServicesProperties.Retry retry = properties.retry();
        ExponentialBackOff backoff = new ExponentialBackOff(retry.initialBackoff().toMillis(), retry.multiplier());
        backoff.setMaxInterval(retry.maxBackoff().toMillis());
        backoff.setJitter(retry.jitter().toMillis());
        return backoff;
    }

    private record Attempt(int status, HttpHeaders headers, byte[] body, String token, Exception failure) {

        @Override
        public String toString() {
            return "Attempt[status=" + status + "]";
        }
    }
}
