package dev.laurel.tool.coursesync;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** A listener keeping every completed-sync event (the tool's own rotating keys sign the client assertions). */
@TestConfiguration(proxyBeanMethods = false)
class CourseSyncTestConfiguration {


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
