package dev.laurel.tool.badges.issuance;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a gradebook comments posting stopped by an LMS outage is tried again: after {@code firstDelay}, each delay
 * {@code multiplier} times the last, never more than {@code maxDelay}, never less than the platform's
 * {@code Retry-After}, at most {@code maxRetries} times (with the defaults about 21 hours in all).
 *
 * @param firstDelay the wait before the first retry
 * @param multiplier how much longer each further wait is
 * @param maxDelay the longest wait between two tries
 * @param maxRetries how many retries follow the first run before the posting fails
 */
@ConfigurationProperties("laurel.badges.gradebook.retry")
public record GradebookRetryProperties(@DefaultValue("1m") Duration firstDelay, @DefaultValue("4") int multiplier,
        @DefaultValue("2h") Duration maxDelay, @DefaultValue("14") int maxRetries) {

    public GradebookRetryProperties {
        multiplier = Math.max(1, multiplier);
        maxRetries = Math.max(0, maxRetries);
    }

    /**
     * When retry number {@code retry} (1 for the first) is due, or empty when the retries are used up.
     *
     * @param retryAfter the wait the platform asked for, or null
     */
    Optional<Instant> nextTry(int retry, Instant now, Duration retryAfter) {
        if (retry < 1 || retry > maxRetries) {
            return Optional.empty();
        }
        Duration delay = firstDelay;
        for (int i = 1; i < retry && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(multiplier);
        }
        delay = delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            delay = retryAfter;
        }
        return Optional.of(now.plus(delay));
    }
}
