/**
 * id_token validation: one {@code OAuth2TokenValidator} per rule of LTI 1.3 Core and the Security
 * Framework, each failing with its own {@link dev.laurel.tool.launch.LtiLaunchError} code, and the per-platform
 * {@code NimbusJwtDecoder}s that run them.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">Security Framework §5.1.3</a>
 */
package dev.laurel.tool.launch.validation;
