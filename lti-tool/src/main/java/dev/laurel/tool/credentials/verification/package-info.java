/**
 * The public verifier: parses a presented credential (JSON with an embedded proof, or VC-JWT), resolves its
 * key offline only (Laurel's own keys, a {@code jwk} JOSE header, {@code did:key}), and runs every
 * {@link dev.laurel.tool.credentials.VerificationCheck} bean.
 */
package dev.laurel.tool.credentials.verification;
