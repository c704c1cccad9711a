package dev.laurel.tool.badges.issuance;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The persistent issuance job: one db-scheduler task instance per run (its id). A failed run is retried with
 * exponential backoff; a run cut short by a restart is picked up again as a dead execution. Either way it resumes
 * with its pending items.
 */
@Configuration(proxyBeanMethods = false)
class IssuanceJobConfiguration {

    static final String TASK_NAME = "badge-issuance";

    @Bean
    OneTimeTask<Long> badgeIssuanceTask(IssuanceRunner runner, IssuanceProperties properties) {
        return Tasks.oneTime(TASK_NAME, Long.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(properties.maxJobRetries(),
                        new FailureHandler.ExponentialBackoffFailureHandler<>(properties.jobRetryDelay())))
                .execute((instance, context) -> runner.run(instance.getData()));
    }
}
