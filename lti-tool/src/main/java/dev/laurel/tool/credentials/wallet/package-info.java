/**
 * The learner's badges ("My badges"): their issued credentials with claim state, status and what each proves,
 * and the downloads (JSON, VC-JWT, baked PNG and SVG) that verify without a Laurel account. The issuing feature
 * issues to {@link dev.laurel.tool.credentials.wallet.LearnerRecipients#recipient} and records the course with
 * {@link dev.laurel.tool.credentials.wallet.LearnerBadges#recordCourse}.
 */
package dev.laurel.tool.credentials.wallet;
