/**
 * Open Badges 3.0 credentials: documents, proofs (VC-JWT, eddsa-rdfc-2022), issuer keys, status lists,
 * the transparency log, baking and verification. The types in this package are the seams between those
 * parts: issuance publishes {@link dev.laurel.tool.credentials.CredentialIssuedEvent}, asks a
 * {@link dev.laurel.tool.credentials.CredentialStatusAllocator} for status entries before signing, and the
 * verifier runs every {@link dev.laurel.tool.credentials.VerificationCheck} bean.
 */
package dev.laurel.tool.credentials;
