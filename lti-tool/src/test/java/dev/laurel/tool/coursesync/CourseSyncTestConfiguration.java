package dev.laurel.tool.coursesync;

import dev.laurel.tool.keys.ToolKeys;
import dev.laurel.tool.services.TestToolKeys;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** The test tool key, and a listener keeping every completed-sync event. */
@TestConfiguration(proxyBeanMethods = false)
class CourseSyncTestConfiguration {

    @Bean
    ToolKeys testToolKeys() {
        return new TestToolKeys();
    }

    @Bean
    CompletedSyncs completedSyncs() {
        return new CompletedSyncs();
    }

    /** Every {@link CourseSyncCompletedEvent} published. */
    static final class CompletedSyncs {

        final List<CourseSyncCompletedEvent> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(CourseSyncCompletedEvent event) {
            events.add(event);
        }
    }
}
