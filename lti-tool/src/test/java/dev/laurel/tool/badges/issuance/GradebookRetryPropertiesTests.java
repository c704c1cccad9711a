package dev.laurel.tool.badges.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The backoff of gradebook comments postings stopped by an LMS outage. */
class GradebookRetryPropertiesTests {

    private static final Instant NOW = Instant.parse("2026-03-02T14:04:00Z");

    private final GradebookRetryProperties retries = new GradebookRetryProperties(Duration.ofMinutes(1), 4,
            Duration.ofHours(2), 8);

    @Test
    void waitsFourTimesLongerEachRetryUpToTwoHours() {
        assertThat(IntStream.rangeClosed(1, 8).mapToObj(retry -> Duration.between(NOW, retries.nextTry(retry, NOW, null).orElseThrow())))
            .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(4), Duration.ofMinutes(16), Duration.ofMinutes(64),
                    Duration.ofHours(2), Duration.ofHours(2), Duration.ofHours(2), Duration.ofHours(2));
    }

    @Test
    void waitsAtLeastAsLongAsThePlatformAsked() {
        assertThat(retries.nextTry(1, NOW, Duration.ofMinutes(10))).contains(NOW.plus(Duration.ofMinutes(10)));
        assertThat(retries.nextTry(3, NOW, Duration.ofSeconds(30))).contains(NOW.plus(Duration.ofMinutes(16)));
    }

    @Test
    void stopsAfterTheLastRetry() {
        assertThat(retries.nextTry(9, NOW, null)).isEmpty();
        assertThat(new GradebookRetryProperties(Duration.ofMinutes(1), 4, Duration.ofHours(2), 0).nextTry(1, NOW, null)).isEmpty();
    }
}
