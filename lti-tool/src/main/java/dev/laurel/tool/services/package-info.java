/**
 * LTI Advantage service access shared by AGS and NRPS: OAuth2 client_credentials tokens with a JWT client
 * assertion (Security Framework §4.1, RFC 7523), cached per registration and scope set, and the resilient
 * platform HTTP layer (timeouts, retries with backoff and {@code Retry-After}, a concurrency limit and a
 * circuit breaker per platform, typed errors carrying the LMS's message).
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#using-json-web-tokens-with-oauth-2-0-client-credentials-grant">Security Framework §4.1</a>
 */
package dev.laurel.tool.services;
