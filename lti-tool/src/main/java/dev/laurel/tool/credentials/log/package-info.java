/**
 * The append-only Merkle transparency log of issued credential hashes in the style of RFC 9162: tree
 * hashes, inclusion and consistency proofs and their verification, signed tree heads, and the
 * {@code transparency_log} check.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9162">RFC 9162 Certificate Transparency 2.0</a>
 */
package dev.laurel.tool.credentials.log;
