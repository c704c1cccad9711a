/**
 * The platform's OAuth 2.0 token endpoint for LTI services: client_credentials grants authenticated by a
 * JWT client assertion (<a href="https://www.imsglobal.org/spec/security/v1p0/#using-json-web-tokens-with-oauth-2-0-client-credentials-grant">Security
 * Framework §4.1</a>, RFC 7523), and the opaque bearer tokens it issues.
 */
package dev.laurel.sandbox.oauth;
