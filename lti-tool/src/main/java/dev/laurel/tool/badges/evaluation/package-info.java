/**
 * Evaluates the course's badges over the last synced grades (after every course sync, and on demand) and keeps
 * each learner's latest verdict with its explanation.
 */
package dev.laurel.tool.badges.evaluation;
