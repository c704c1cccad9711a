package dev.laurel.tool.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires db-scheduler's core as beans (its Boot 3 starter predates Boot 4). Features inject the
 * {@link SchedulerClient} to schedule work (a row in {@code scheduled_tasks}); the executing {@link Scheduler}
 * belongs to a lifecycle that builds a fresh one on every start, because a stopped db-scheduler cannot be
 * restarted (Spring stops and restarts contexts, e.g. the test framework's paused contexts).
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    private static final Duration SHUTDOWN_MAX_WAIT = Duration.ofSeconds(10);

    @Bean
    SchedulerClient schedulerClient(DataSource dataSource, ObjectProvider<Task<?>> taskBeans) {
        return SchedulerClient.Builder.create(dataSource, taskBeans.orderedStream().toList()).build();
    }

    @Bean
    SmartLifecycle schedulerLifecycle(DataSource dataSource, ObjectProvider<Task<?>> taskBeans, JobsProperties properties) {
        return new SchedulerLifecycle(() -> buildScheduler(dataSource, taskBeans.orderedStream().toList(), properties));
    }

    /** Start-up tasks (recurring ones) are known through {@code startTasks} only: naming them twice is an error. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Scheduler buildScheduler(DataSource dataSource, List<Task<?>> tasks, JobsProperties properties) {
        List startupTasks = tasks.stream().filter(OnStartup.class::isInstance).toList();
        List<Task<?>> otherTasks = tasks.stream().filter(task -> !(task instanceof OnStartup)).toList();
        return Scheduler.create(dataSource, otherTasks)
                .startTasks(startupTasks)
                .threads(properties.threads())
                .pollingInterval(properties.pollingInterval())
                .shutdownMaxWait(SHUTDOWN_MAX_WAIT)
                .build();
    }

    /** Runs one scheduler while the context runs; a restart gets a new one. */
    private static final class SchedulerLifecycle implements SmartLifecycle {

        private final Supplier<Scheduler> schedulers;
        private volatile Scheduler running;

        SchedulerLifecycle(Supplier<Scheduler> schedulers) {
            this.schedulers = schedulers;
        }

        @Override
        public synchronized void start() {
            if (running == null) {
                running = schedulers.get();
                running.start();
            }
        }

        @Override
        public synchronized void stop() {
            if (running != null) {
                running.stop();
                running = null;
            }
        }

        @Override
        public boolean isRunning() {
            return running != null;
        }

        /** A stopped db-scheduler cannot start again, so a cached test context must not pause it. */
        @Override
        public boolean isPauseable() {
            return false;
        }
    }
}
