package dev.laurel.tool.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

@ToolTest
@DatabaseTest
@Import(JobsTests.EchoTaskConfiguration.class)
class JobsTests {

    @Autowired
    SchedulerClient scheduler;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Set<String> executed;

    @Test
    void scheduledJobIsPersistedThenRunsOnce() {
        String id = "job-" + System.nanoTime();

        scheduler.scheduleIfNotExists(EchoTaskConfiguration.ECHO.instance(id, id), Instant.now());

        await().atMost(Duration.ofSeconds(20)).until(() -> executed.contains(id));
        Integer remaining = jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = ?")
                .param(id).query(Integer.class).single();
        assertThat(remaining).isZero();
    }

    @Test
    void recurringTaskRunsWithoutBeingRegisteredTwice() {
        await().atMost(Duration.ofSeconds(20)).until(() -> executed.contains("heartbeat"));
    }

    @Test
    void schedulingTheSameInstanceTwiceKeepsOneRow() {
        String id = "dup-" + System.nanoTime();
        Instant later = Instant.now().plus(Duration.ofHours(1));

        boolean first = scheduler.scheduleIfNotExists(EchoTaskConfiguration.ECHO.instance(id, id), later);
        boolean second = scheduler.scheduleIfNotExists(EchoTaskConfiguration.ECHO.instance(id, id), later);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = ?")
                .param(id).query(Integer.class).single()).isEqualTo(1);
    }

    @TestConfiguration
    static class EchoTaskConfiguration {

        static final OneTimeTask<String> ECHO = Tasks.oneTime("test-echo", String.class).execute((instance, context) -> {
        });

        @Bean
        Set<String> executed() {
            return ConcurrentHashMap.newKeySet();
        }

        @Bean
        RecurringTask<Void> heartbeatTask(Set<String> executed) {
            return Tasks.recurring("test-heartbeat", FixedDelay.ofSeconds(1))
                    .execute((instance, context) -> executed.add("heartbeat"));
        }

        @Bean
        OneTimeTask<String> echoTask(Set<String> executed) {
            return Tasks.oneTime("test-echo", String.class)
                    .execute((instance, context) -> executed.add(instance.getData()));
        }
    }
}
