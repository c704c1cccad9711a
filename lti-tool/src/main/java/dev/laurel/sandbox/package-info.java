/**
 * The sandbox LMS: a built-in LTI 1.3 platform (OIDC authorization, token, AGS and NRPS endpoints, a demo
 * course) so Laurel can be tried, and tested, with no LMS. Shares no class and no table with the tool.
 */
package dev.laurel.sandbox;
