/**
 * Registration pages and endpoints: Dynamic Registration ({@code /lti/register}), Canvas's JSON
 * ({@code /lti/canvas.json}), the admin pages ({@code /admin/**}) and their security chains.
 */
package dev.laurel.tool.registration.web;
