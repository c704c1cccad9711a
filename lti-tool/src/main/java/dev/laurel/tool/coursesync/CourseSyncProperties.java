package dev.laurel.tool.coursesync;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Course sync settings.
 *
 * @param pageSize the {@code limit} asked of the platform per page of members and results
 * @param parallelChains chains of pages (the roster, each line item's results) fetched at once; the
 *        platform's concurrency limit still bounds the requests in flight
 * @param writerThreads threads writing fetched pages to the database
 * @param pagesAhead pages a chain may have fetched and not yet written, so that a moment of slow writes does not
 *        hold its next request back
 * @param maxJobRetries how often a failed sync job is retried (resuming from its checkpoints)
 * @param jobRetryDelay the first delay before a retry, doubled each time
 */
@ConfigurationProperties("laurel.course-sync")
public record CourseSyncProperties(@DefaultValue("100") int pageSize, @DefaultValue("32") int parallelChains,
        @DefaultValue("4") int writerThreads, @DefaultValue("4") int pagesAhead, @DefaultValue("5") int maxJobRetries,
        @DefaultValue("1m") Duration jobRetryDelay) {
}
