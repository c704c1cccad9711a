/**
 * Persistent, cluster-safe background jobs on the database (db-scheduler): every feature declares its
 * {@code Task} beans and schedules instances through {@code SchedulerClient}; nothing is queued in memory.
 */
package dev.laurel.tool.jobs;
