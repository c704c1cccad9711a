package dev.laurel.tool.badges.demo;

import dev.laurel.tool.badges.badge.BadgeCourses;
import dev.laurel.tool.coursesync.CourseKey;
import dev.laurel.tool.coursesync.CourseServicesUnavailableException;
import dev.laurel.tool.coursesync.CourseSyncProgress;
import dev.laurel.tool.coursesync.CourseSyncService;
import dev.laurel.tool.coursesync.LaunchedCourse;
import dev.laurel.tool.coursesync.LaunchedCourseServices;
import dev.laurel.tool.launch.LtiContext;
import dev.laurel.tool.launch.LtiContexts;
import dev.laurel.tool.launch.LtiCourseLaunchedEvent;
import dev.laurel.tool.launch.LtiUser;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The sandbox course's first sync, without a click: when an instructor first launches Laurel in a course of the
 * built-in sandbox LMS that was never synced, its sync is requested at once (a persistent job), and after it
 * {@link SandboxDemoBadges} creates the ready badges, so the instructor's first visit shows them, or their progress.
 * Courses of a real LMS are synced only when their instructor asks.
 */
@Component
public class SandboxFirstSync {

    private static final Logger log = LoggerFactory.getLogger(SandboxFirstSync.class);

    private final SandboxPlatform sandbox;
    private final LtiContexts contexts;
    private final LaunchedCourseServices launchedCourses;
    private final CourseSyncService syncs;
    private final BadgeCourses courses;

    SandboxFirstSync(SandboxPlatform sandbox, LtiContexts contexts, LaunchedCourseServices launchedCourses,
            CourseSyncService syncs, BadgeCourses courses) {
        this.sandbox = sandbox;
        this.contexts = contexts;
        this.launchedCourses = launchedCourses;
        this.syncs = syncs;
        this.courses = courses;
    }

    /** Where the ready badges of a sandbox course stand, while they are not there yet. */
    public enum State {
        /** No sync was ever requested (the course's launch did not grant the services, say). */
        NOT_SYNCED,
        /** The first sync is scheduled or running. */
        SYNCING,
        /** The sync completed; the badges are being created. */
        PREPARING,
        /** The sync failed; "Sync now" retries it. */
        SYNC_FAILED
    }

    /** How far a sandbox course's ready badges are: the state and the sync's progress (null when none). */
    public record Preparation(State state, CourseSyncProgress progress) {
    }

    @EventListener
    void onLaunch(LtiCourseLaunchedEvent event) {
        LtiUser user = event.user();
        if (!user.isStaff() || !sandbox.hosts(user.registrationId())) {
            return;
        }
        CourseKey key = new CourseKey(user.registrationId(), user.deploymentId(), user.contextId());
        if (syncs.progress(key).isPresent()) {
            return;
        }
        contexts.find(user.registrationId(), user.deploymentId(), user.contextId())
            .filter(course -> !courses.configured(course.id()))
            .ifPresent(this::requestFirstSync);
    }

    private void requestFirstSync(LtiContext course) {
        try {
            LaunchedCourse launched = launchedCourses.forCourse(course.id());
            syncs.requestSync(launched.key(), launched.services());
            log.info("First sync of sandbox course {} requested at its instructor's launch", course.id());
        }
        catch (CourseServicesUnavailableException ex) {
            log.info("Sandbox course {} cannot be synced yet ({})", course.id(), ex.code());
        }
    }

    /**
     * How far the ready badges of {@code course} are; empty when the course is not a sandbox course, or when it needs
     * none any more (they were created, or the instructor set badges up first).
     */
    public Optional<Preparation> preparation(LtiContext course) {
        if (!sandbox.hosts(course.registrationId()) || courses.configured(course.id())) {
            return Optional.empty();
        }
        Optional<CourseSyncProgress> progress = syncs.progress(new CourseKey(course.registrationId(),
                course.deploymentId(), course.contextId()));
        State state = progress.map(found -> switch (found.state()) {
            case REQUESTED, RUNNING -> State.SYNCING;
            case COMPLETED -> State.PREPARING;
            case FAILED -> State.SYNC_FAILED;
        }).orElse(State.NOT_SYNCED);
        return Optional.of(new Preparation(state, progress.orElse(null)));
    }
}
