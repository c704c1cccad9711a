/**
 * Award rules and their evaluation: a pure, deterministic function from a rule, the badge's rubric and one
 * learner's grades to a verdict that explains which conditions hold and which are missing. No I/O here.
 */
package dev.laurel.tool.badges.rules;
