/**
 * Issuing badges: the OB 3.0 achievement of a badge, issuance runs (persistent, resumable db-scheduler jobs with
 * per-item outcomes), awards (one per badge and learner, kept by the database), automatic issuance after each
 * evaluation, the review of who qualifies, revocation, and gradebook comments on Laurel's own AGS line item.
 */
package dev.laurel.tool.badges.issuance;
