package dev.laurel.tool.badges.issuance;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import dev.laurel.tool.services.PlatformUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What follows a gradebook comments run that stopped on an LMS outage ({@link PlatformUnavailableException}): the
 * course's task instance is rescheduled with backoff ({@link GradebookRetryProperties}) and the posting shows
 * {@code WAITING} with the error and the next try, until the retries are used up and it shows {@code FAILED}. Any
 * other exception is left to {@code otherFailures}.
 */
final class GradebookCommentRetries implements FailureHandler<Long> {

    private static final Logger log = LoggerFactory.getLogger(GradebookCommentRetries.class);

    private final GradebookRetryProperties retries;
    private final GradebookStore store;
    private final Clock clock;
    private final FailureHandler<Long> otherFailures;

    GradebookCommentRetries(GradebookRetryProperties retries, GradebookStore store, Clock clock,
            FailureHandler<Long> otherFailures) {
        this.retries = retries;
        this.store = store;
        this.clock = clock;
        this.otherFailures = otherFailures;
    }

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<Long> operations) {
        Optional<PlatformUnavailableException> outage = complete.getCause()
            .filter(PlatformUnavailableException.class::isInstance).map(PlatformUnavailableException.class::cast);
        if (outage.isEmpty()) {
            otherFailures.onFailure(complete, operations);
            return;
        }
        long courseId = (Long) complete.getExecution().taskInstance.getData();
        PlatformUnavailableException ex = outage.get();
        String error = ex.code() + ": " + ex.getMessage();
        Instant now = clock.instant();
        int retry = complete.getExecution().consecutiveFailures + 1;
        Optional<Instant> nextTry = retries.nextTry(retry, now, ex.retryAfter().orElse(null));
        if (nextTry.isPresent()) {
            operations.reschedule(complete, nextTry.get());
            store.waiting(courseId, error, nextTry.get());
            log.info("Gradebook comments of course {} wait for the LMS ({}): retry {} of {} in {}", courseId, ex.code(),
                    retry, retries.maxRetries(), Duration.between(now, nextTry.get()));
        }
        else {
            operations.stop();
            store.failed(courseId, error, now);
            log.warn("Gradebook comments of course {} stopped: {} after {} retries", courseId, ex.code(), retries.maxRetries());
        }
    }
}
