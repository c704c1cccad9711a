package dev.laurel.tool.coursesync;

/** Where a course's sync stands. */
public enum CourseSyncState {
    /** Scheduled, not started. */
    REQUESTED,
    /** Running (or interrupted by a restart and about to resume). */
    RUNNING,
    /** The last run failed; its checkpoints are kept and a retry resumes from them. */
    FAILED,
    /** Every page was read. */
    COMPLETED
}
