/**
 * Names and Role Provisioning Services 2.0, platform side
 * (<a href="https://www.imsglobal.org/spec/lti-nrps/v2p0">NRPS 2.0</a>): a course's memberships, paged, filtered
 * by role and resource link, with a differences link for changes since a moment.
 */
package dev.laurel.sandbox.nrps;
