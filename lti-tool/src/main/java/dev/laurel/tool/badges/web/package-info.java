/**
 * The instructor's badge pages under {@code /course/{courseId}/instructor/badges}: the hub (enable badges, the
 * course's rubrics and badges), the rubric editor (levels, criteria bound to gradebook columns, skills) and the badge
 * editor (details, award rule, EU micro-credential elements, skills, image), archive and copy; and the public badge
 * image {@code /badges/{achievementKey}/image}. The launch chain lets only the course's staff reach the instructor
 * paths; every form carries the session's form token (its CSRF protection).
 */
package dev.laurel.tool.badges.web;
