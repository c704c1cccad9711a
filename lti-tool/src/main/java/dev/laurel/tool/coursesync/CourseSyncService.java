package dev.laurel.tool.coursesync;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.laurel.tool.services.PlatformServices;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/** Requests course syncs (persistent jobs) and reads their progress. */
@Service
public class CourseSyncService {

    private final CourseSyncStore store;

    private final SchedulerClient scheduler;

    private final OneTimeTask<Long> task;

    private final Clock clock;

    CourseSyncService(CourseSyncStore store, SchedulerClient scheduler, @Qualifier("courseSyncTask") OneTimeTask<Long> courseSyncTask,
            Clock clock) {
        this.store = store;
        this.scheduler = scheduler;
        this.task = courseSyncTask;
        this.clock = clock;
    }

    /**
     * Records {@code services} for {@code course} and schedules its sync now, unless one is already scheduled
     * or running (then this is a no-op). Returns the course's sync id.
     */
    public long requestSync(CourseKey course, PlatformServices services) {
        long syncId = store.request(course, services, clock.instant());
        scheduler.scheduleIfNotExists(task.instance(String.valueOf(syncId), syncId), clock.instant());
        return syncId;
    }

    /** The course's sync progress, empty when no sync was ever requested. */
    public Optional<CourseSyncProgress> progress(CourseKey course) {
        return store.progress(course);
    }
}
