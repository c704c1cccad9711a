package dev.laurel.tool.badges.issuance;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The persistent "post gradebook comments" job: one db-scheduler task instance per course. */
@Configuration(proxyBeanMethods = false)
class GradebookCommentJobConfiguration {

    static final String TASK_NAME = "badge-gradebook-comments";

    @Bean
    OneTimeTask<Long> badgeGradebookCommentsTask(GradebookCommentPoster poster) {
        return Tasks.oneTime(TASK_NAME, Long.class).execute((instance, context) -> poster.post(instance.getData()));
    }
}
