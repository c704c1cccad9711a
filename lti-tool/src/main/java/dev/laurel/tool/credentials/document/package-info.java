/**
 * Open Badges 3.0 documents: the {@code OpenBadgeCredential}, its {@code Achievement} (with rubric
 * {@code ResultDescription}s, alignments and the EU micro-credential elements), the issuer {@code Profile},
 * and their validation against the bundled OB 3.0 JSON Schema.
 */
package dev.laurel.tool.credentials.document;
