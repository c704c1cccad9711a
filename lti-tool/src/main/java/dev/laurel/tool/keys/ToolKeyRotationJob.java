package dev.laurel.tool.keys;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.AbstractTask;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The rotation as a persistent db-scheduler task that reschedules itself every {@code checkInterval}: one row,
 * so one instance in the cluster runs each check. Scheduled (if not already) when the tool is ready.
 * (A plain task rather than db-scheduler's {@code RecurringTask}: the jobs wiring registers start-up tasks twice.)
 */
@Component
final class ToolKeyRotationJob extends AbstractTask<Void> {

    static final String TASK_NAME = "lti-tool-key-rotation";
    private static final String INSTANCE = "cluster";

    private final ToolKeyRotation rotation;
    private final RotatingToolKeys keys;
    private final ToolKeyRotationProperties lifetimes;
    private final Clock clock;

    ToolKeyRotationJob(ToolKeyRotation rotation, RotatingToolKeys keys, ToolKeyRotationProperties lifetimes,
            Clock clock) {
        super(TASK_NAME, Void.class, new FailureHandler.OnFailureRetryLater<>(lifetimes.checkInterval()),
                new DeadExecutionHandler.ReviveDeadExecution<>());
        this.rotation = rotation;
        this.keys = keys;
        this.lifetimes = lifetimes;
        this.clock = clock;
    }

    @Override
    public CompletionHandler<Void> execute(TaskInstance<Void> taskInstance, ExecutionContext executionContext) {
        rotation.rotate();
        keys.refresh();
        return new CompletionHandler.OnCompleteReschedule<>(FixedDelay.of(lifetimes.checkInterval()));
    }

    @Override
    public SchedulableInstance<Void> schedulableInstance(String id) {
        return SchedulableInstance.of(instance(id), clock.instant());
    }

    @Override
    public SchedulableInstance<Void> schedulableInstance(String id, Void data) {
        return schedulableInstance(id);
    }

    /** Schedules the job's single row when the tool is ready (a no-op when another instance already did). */
    @Component
    static final class Starter {

        private final ToolKeyRotationJob job;
        private final RotatingToolKeys keys;
        private final SchedulerClient scheduler;
        private final Clock clock;

        Starter(ToolKeyRotationJob job, RotatingToolKeys keys, SchedulerClient scheduler, Clock clock) {
            this.job = job;
            this.keys = keys;
            this.scheduler = scheduler;
            this.clock = clock;
        }

        @EventListener(ApplicationReadyEvent.class)
        void scheduleOnStart() {
            keys.refresh();
            scheduler.scheduleIfNotExists(job.instance(INSTANCE), clock.instant());
        }
    }
}
