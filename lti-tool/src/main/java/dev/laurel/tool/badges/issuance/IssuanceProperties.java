package dev.laurel.tool.badges.issuance;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Issuance settings.
 *
 * @param chunkSize items read, issued and recorded together
 * @param concurrentChunks chunks in flight at once, so one is written to the database while the next is signed
 * @param maxJobRetries how often a failed run is retried (resuming with its pending items)
 * @param jobRetryDelay the first delay before a retry, doubled each time
 */
@ConfigurationProperties("laurel.badges.issuance")
public record IssuanceProperties(@DefaultValue("500") int chunkSize, @DefaultValue("3") int concurrentChunks,
        @DefaultValue("5") int maxJobRetries, @DefaultValue("30s") Duration jobRetryDelay) {

    public IssuanceProperties {
        chunkSize = Math.max(1, chunkSize);
        concurrentChunks = Math.max(1, concurrentChunks);
    }
}
