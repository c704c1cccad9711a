/**
 * The Laurel LTI 1.3 tool. Features are packages below this one (registration, keys, launch, deeplinking,
 * ags, nrps, badges, credentials, pathways, skills); {@code web} holds the shared layout and error pages.
 */
package dev.laurel.tool;
