/**
 * The sandbox platform's identity: its public URL and issuer, its RS256 signing key and JWKS, its secrets,
 * and the LTI vocabulary (claim URIs, roles, scopes, media types) every other sandbox feature speaks.
 */
package dev.laurel.sandbox.platform;
