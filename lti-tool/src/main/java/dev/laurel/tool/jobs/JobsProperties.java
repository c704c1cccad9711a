package dev.laurel.tool.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Background job settings.
 *
 * @param threads worker threads per instance
 * @param pollingInterval how often an instance looks for due work (scheduling writes a row; an instance
 *        picks it up at its next poll)
 */
@ConfigurationProperties("laurel.jobs")
public record JobsProperties(@DefaultValue("4") int threads, @DefaultValue("1s") Duration pollingInterval) {
}
