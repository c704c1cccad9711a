package dev.laurel.tool.coursesync;

import java.time.Instant;

/** Published when a course's roster and results have all been read (badge evaluation listens). */
public record CourseSyncCompletedEvent(CourseKey course, long syncId, long members, long lineItems, long results,
        Instant completedAt) {
}
