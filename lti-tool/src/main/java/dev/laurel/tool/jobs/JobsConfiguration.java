package dev.laurel.tool.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires db-scheduler's core as beans (its Boot 3 starter predates Boot 4): one {@link Scheduler} over the
 * application's database with every {@link Task} bean, started after the context and stopped before it.
 * Callers inject {@code SchedulerClient} to schedule work.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    private static final Duration SHUTDOWN_MAX_WAIT = Duration.ofSeconds(10);

    @Bean
    Scheduler scheduler(DataSource dataSource, ObjectProvider<Task<?>> taskBeans, JobsProperties properties) {
        List<Task<?>> tasks = taskBeans.orderedStream().toList();
        @SuppressWarnings({"unchecked", "rawtypes"})
        List startupTasks = tasks.stream().filter(OnStartup.class::isInstance).toList();
        return Scheduler.create(dataSource, tasks)
                .startTasks(startupTasks)
                .threads(properties.threads())
                .pollingInterval(properties.pollingInterval())
                .enableImmediateExecution()
                .shutdownMaxWait(SHUTDOWN_MAX_WAIT)
                .build();
    }

    @Bean
    SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
        return new SchedulerLifecycle(scheduler);
    }

    /** Starts the scheduler once every bean is ready, stops it before the data source closes. */
    private static final class SchedulerLifecycle implements SmartLifecycle {

        private final Scheduler scheduler;
        private volatile boolean running;

        SchedulerLifecycle(Scheduler scheduler) {
            this.scheduler = scheduler;
        }

        @Override
        public void start() {
            scheduler.start();
            running = true;
        }

        @Override
        public void stop() {
            scheduler.stop();
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        /** A stopped db-scheduler cannot start again, so a cached test context must not pause it. */
        @Override
        public boolean isPauseable() {
            return false;
        }
    }
}
