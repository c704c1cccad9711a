/**
 * Course sync: reads a course's roster (NRPS, incrementally through the {@code differences} link where the
 * platform gives one) and every result of every line item (AGS) into Laurel's tables, as a persistent,
 * resumable db-scheduler job with per-chain page checkpoints and recorded progress; publishes
 * {@link dev.laurel.tool.coursesync.CourseSyncCompletedEvent} when done.
 */
package dev.laurel.tool.coursesync;
