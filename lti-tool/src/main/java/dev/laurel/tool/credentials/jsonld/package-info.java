/**
 * JSON-LD processing without network access: a document loader that serves only the contexts bundled
 * under {@code credentials/contexts/}, and RDF Dataset Canonicalization (RDFC-1.0) for Data Integrity proofs.
 */
package dev.laurel.tool.credentials.jsonld;
