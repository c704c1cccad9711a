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

    private final CourseSyncRunner runner;

    CourseSyncService(CourseSyncStore store, CourseSyncRunner runner, SchedulerClient scheduler, @Qualifier("courseSyncTask") OneTimeTask<Long> courseSyncTask,
            Clock clock) {
        this.store = store;
        this.runner = runner;
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

    /**
     * Records {@code services} for {@code course} and runs its sync in the calling thread (resuming an
     * unfinished run); for callers that already run in the background. Returns the course's sync id.
     */
    public long syncNow(CourseKey course, PlatformServices services) {
        long syncId = store.request(course, services, clock.instant());
        runner.run(syncId);
        return syncId;
    }

    /** The course's sync progress, empty when no sync was ever requested. */
    public Optional<CourseSyncProgress> progress(CourseKey course) {
        return store.progress(course);
    }
}
