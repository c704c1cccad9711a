/**
 * Competency rubrics: criteria (each a competency, optionally aligned to skills) with ordered levels, and where
 * each criterion's score comes from (an AGS line item of the course).
 */
package dev.laurel.tool.badges.rubric;
