package dev.laurel.tool.badges.issuance;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The persistent "post gradebook comments" job: one db-scheduler task instance per course. A run stopped by an LMS
 * outage is rescheduled with backoff ({@link GradebookCommentRetries}); any other failure is retried later as
 * db-scheduler does for one-time tasks.
 */
@Configuration(proxyBeanMethods = false)
class GradebookCommentJobConfiguration {

    static final String TASK_NAME = "badge-gradebook-comments";

    @Bean
    OneTimeTask<Long> badgeGradebookCommentsTask(GradebookCommentPoster poster, GradebookStore store,
            GradebookRetryProperties retries, Clock clock) {
        return Tasks.oneTime(TASK_NAME, Long.class)
                .onFailure(new GradebookCommentRetries(retries, store, clock,
                        new FailureHandler.OnFailureRetryLater<>(Tasks.DEFAULT_RETRY_INTERVAL)))
                .execute((instance, context) -> poster.post(instance.getData()));
    }
}
