/**
 * Assignment and Grade Services 2.0 client: line items (list with filters and paging, create, read, update,
 * delete), results and scores, with Moodle's query-string line-item URLs and Canvas's submission extension.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/">LTI AGS 2.0</a>
 */
package dev.laurel.tool.ags;
