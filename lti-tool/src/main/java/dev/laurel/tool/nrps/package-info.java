/**
 * Names and Role Provisioning Services 2.0 client: the members of a context or of one resource link, across
 * pages, filtered by role, with the {@code differences} link for cheap re-syncs; and {@link dev.laurel.tool.lti.LtiRoles},
 * which normalises full role URIs and short names.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0">LTI NRPS 2.0</a>
 */
package dev.laurel.tool.nrps;

import dev.laurel.tool.lti.LtiRoles;
