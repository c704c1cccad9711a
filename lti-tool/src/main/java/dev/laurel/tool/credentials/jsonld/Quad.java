package dev.laurel.tool.credentials.jsonld;

import com.apicatalog.rdf.api.RdfQuadConsumer;
import com.apicatalog.rdf.nquads.NQuadsWriter;

/**
 * One RDF quad as titanium's {@link RdfQuadConsumer} hands it over: an IRI or blank node ({@code _:…}) in
 * subject, object (when {@code datatype} is null) and graph position; a literal object otherwise.
 */
record Quad(String subject, String predicate, String object, String datatype, String language, String direction,
        String graph) {

    /** Whether a blank node occurs in it: only such quads take part in RDFC-1.0's relabelling. */
    boolean hasBlankNode() {
        return isBlank(subject) || isBlank(predicate) || (datatype == null && isBlank(object)) || isBlank(graph);
    }

    /** Its N-Quads line, newline included. */
    String nquad() {
        return NQuadsWriter.nquad(subject, predicate, object, datatype, language, direction, graph);
    }

    void emit(RdfQuadConsumer consumer) throws com.apicatalog.rdf.api.RdfConsumerException {
        consumer.quad(subject, predicate, object, datatype, language, direction, graph);
    }

    static boolean isBlank(String term) {
        return term != null && term.startsWith("_:");
    }
}
