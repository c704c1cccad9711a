/**
 * LTI 1.3 launches: OIDC third-party initiated login (state, nonce, platform storage), id_token validation
 * (one validator per rule, each with its own error code), the server-side session that follows and the
 * current {@link dev.laurel.tool.launch.LtiUser} other features read.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/">LTI 1.3 Core</a>
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#platform-originating-messages">Security Framework §5.1</a>
 */
package dev.laurel.tool.launch;
