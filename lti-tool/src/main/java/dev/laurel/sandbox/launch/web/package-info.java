/** HTTP for launches: the LMS course page, the launch frames, and the OIDC authorization endpoint. */
package dev.laurel.sandbox.launch.web;
