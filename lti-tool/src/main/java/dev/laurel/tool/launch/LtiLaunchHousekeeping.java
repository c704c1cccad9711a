package dev.laurel.tool.launch;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A cluster-safe recurring job that deletes expired login states and sessions. */
@Configuration(proxyBeanMethods = false)
class LtiLaunchHousekeeping {

    @Bean
    RecurringTask<Void> ltiLaunchPurge(LtiLoginStates loginStates, LtiSessions sessions) {
        return Tasks.recurring("lti-launch-purge", FixedDelay.of(Duration.ofMinutes(15)))
                .execute((instance, context) -> {
                    loginStates.purgeExpired();
                    sessions.purgeExpired();
                });
    }
}
