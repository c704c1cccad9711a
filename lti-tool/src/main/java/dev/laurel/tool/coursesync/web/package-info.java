/**
 * The course-sync progress endpoint ({@code /courses/{courseKey}/sync/progress}) and its page fragment, and the
 * instructor's sync page ({@code /course/{courseId}/instructor/sync}, "Sync now" and polled progress).
 */
package dev.laurel.tool.coursesync.web;
