/**
 * The two proof formats Laurel issues and checks: VC-JWT (JOSE, RS256 / ES256) and embedded Data Integrity
 * proofs with the {@code eddsa-rdfc-2022} cryptosuite. {@link dev.laurel.tool.credentials.proof.CredentialSigner}
 * is the one entry point for signing any credential (achievement and status-list credentials alike).
 */
package dev.laurel.tool.credentials.proof;
