/**
 * LTI 1.3 platform registrations keyed by (issuer, client_id), their deployments, login resolution and
 * health; Dynamic and manual registration; the admin authority.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#platform-tool-relationship">LTI 1.3 Core §3</a>
 */
package dev.laurel.tool.registration;
