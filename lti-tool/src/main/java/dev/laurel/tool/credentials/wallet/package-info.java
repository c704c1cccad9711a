/**
 * The learner's badges ("My badges"): their issued credentials with claim state, status and what each proves,
 * and the downloads (JSON, VC-JWT, baked PNG and SVG) that verify without a Laurel account.
 */
package dev.laurel.tool.credentials.wallet;
