/**
 * LTI 1.3 launches from the sandbox: third-party initiated login (signed message hints), the OIDC
 * authorization endpoint's checks, and the id_token with the full LTI claim set
 * (<a href="https://www.imsglobal.org/spec/security/v1p0/#openid_connect_launch_flow">Security Framework §5.1</a>,
 * <a href="https://www.imsglobal.org/spec/lti/v1p3/">LTI 1.3 Core</a>).
 */
package dev.laurel.sandbox.launch;
