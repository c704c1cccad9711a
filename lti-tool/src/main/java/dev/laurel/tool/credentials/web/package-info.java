/**
 * The public credential endpoints: the verifier ({@code GET/POST /verify}), credential, achievement and
 * issuer documents, issuer keys (JWKS, {@code did:web}), and Laurel's JSON-LD extension context.
 */
package dev.laurel.tool.credentials.web;
