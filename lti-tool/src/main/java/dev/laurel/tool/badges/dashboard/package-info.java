/**
 * The instructor's course dashboard: badges earned, claimed and revoked, where the cohort stands on each rubric
 * criterion, and the CSV export of every learner's badges.
 */
package dev.laurel.tool.badges.dashboard;
