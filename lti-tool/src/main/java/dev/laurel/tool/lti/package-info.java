/**
 * LTI protocol vocabulary shared by every feature: role URIs and how they map to Laurel roles. Features
 * depend on this package; it depends on none of them.
 */
package dev.laurel.tool.lti;
