package dev.laurel.tool.coursesync;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The persistent course-sync job: one db-scheduler task instance per course (its course_sync id). A failed run
 * is retried with exponential backoff, resuming from its checkpoints; a run cut short by a restart is picked up
 * again as a dead execution and resumes the same way.
 */
@Configuration(proxyBeanMethods = false)
class CourseSyncJobConfiguration {

    static final String TASK_NAME = "course-sync";

    @Bean
    OneTimeTask<Long> courseSyncTask(CourseSyncRunner runner, CourseSyncProperties properties) {
        return Tasks.oneTime(TASK_NAME, Long.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(properties.maxJobRetries(),
                        new FailureHandler.ExponentialBackoffFailureHandler<>(properties.jobRetryDelay())))
                .execute((instance, context) -> runner.run(instance.getData()));
    }
}
