/**
 * HTTP side of LTI launches: the login initiation filter, the launch filter that only turns the form_post
 * into an authentication token, the session cookie / token repository, the launch pages and the security
 * chains for {@code /lti/login}, {@code /lti/launch}, {@code /lti/session} and {@code /course}.
 */
package dev.laurel.tool.launch.web;
