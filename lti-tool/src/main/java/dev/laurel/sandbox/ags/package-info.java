/**
 * Assignment and Grade Services 2.0, platform side (<a href="https://www.imsglobal.org/spec/lti-ags/v2p0/">AGS 2.0</a>):
 * line items, scores (newest wins) and results, with Moodle-shaped line item URLs that carry a query string.
 */
package dev.laurel.sandbox.ags;
