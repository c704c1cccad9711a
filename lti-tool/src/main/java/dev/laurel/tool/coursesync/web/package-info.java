/** The course-sync progress endpoint ({@code /courses/{courseKey}/sync/progress}) and its page fragment. */
package dev.laurel.tool.coursesync.web;
