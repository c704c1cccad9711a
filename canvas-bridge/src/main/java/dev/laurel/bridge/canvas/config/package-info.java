/**
 * Canvas's developer-key JSON configuration (the "Paste JSON" / "Enter URL" method of an LTI 1.3 key).
 *
 * @see <a href="https://canvas.instructure.com/doc/api/file.lti_dev_key_config.html">Canvas: Configuring LTI Advantage Tools</a>
 */
package dev.laurel.bridge.canvas.config;
