/**
 * W3C Bitstring Status List for Laurel's credentials: per-issuer revocation and suspension lists, index
 * allocation, audited status changes, the served status list credential and the {@code status} check.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/">Bitstring Status List v1.0</a>
 */
package dev.laurel.tool.credentials.status;
