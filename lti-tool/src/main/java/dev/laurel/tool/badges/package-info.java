/**
 * Badges: instructors turn competency rubrics into achievements with award rules ({@code rubric},
 * {@code rules}, {@code badge}); Laurel evaluates them over the synced AGS results ({@code evaluation}) and issues
 * Open Badges 3.0 credentials to the learners who qualify ({@code issuance}).
 */
package dev.laurel.tool.badges;
