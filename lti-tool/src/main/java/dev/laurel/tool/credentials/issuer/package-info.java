/**
 * Credential issuers: their Open Badges {@code Profile}s, their signing keys (separate from the LTI keys,
 * sealed at rest, rotated with old keys kept for verification) and how the keys are published (JWKS,
 * controller document, {@code did:web}).
 */
package dev.laurel.tool.credentials.issuer;
