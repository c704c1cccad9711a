package dev.laurel.tool.credentials.jsonld;

import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One RDF quad as titanium's {@link RdfQuadConsumer} hands it over: an IRI or blank node ({@code _:…}) in
 * subject, object (when {@code datatype} is null) and graph position; a literal object otherwise.
 *
 * <p>Immutable. Its N-Quads text is written once, by titanium's {@link NQuadsWriter}, and kept: the quads of
 * recurring nodes ({@link RecurringNodes}) are shared by every credential that reuses them, and RDFC-1.0
 * writes a quad with blank node labels several times (first-degree hashes, canonical labels).
 */
final class Quad {

    private static final UnaryOperator<String> SAME_LABELS = UnaryOperator.identity();

    private final String subject;
    private final String predicate;
    private final String object;
    private final String datatype;
    private final String language;
    private final String direction;
    private final String graph;
    /** Written lazily; a race only computes the same immutable values twice. */
    private Terms terms;
    private String nquad;

    Quad(String subject, String predicate, String object, String datatype, String language, String direction, String graph) {
        this.subject = subject;
        this.predicate = predicate;
        this.object = object;
        this.datatype = datatype;
        this.language = language;
        this.direction = direction;
        this.graph = graph;
    }

    String subject() {
        return subject;
    }

    String predicate() {
        return predicate;
    }

    String object() {
        return object;
    }

    String datatype() {
        return datatype;
    }

    String language() {
        return language;
    }

    String direction() {
        return direction;
    }

    String graph() {
        return graph;
    }

    /** Whether a blank node occurs in it: only such quads take part in RDFC-1.0's relabelling. */
    boolean hasBlankNode() {
        return isBlank(subject) || isBlank(predicate) || (datatype == null && isBlank(object)) || isBlank(graph);
    }

    /** Its N-Quads line, newline included, exactly as {@link NQuadsWriter#nquad} writes it. */
    String nquad() {
        String line = nquad;
        if (line == null) {
            line = line(SAME_LABELS);
            nquad = line;
        }
        return line;
    }

    /**
     * Its N-Quads line with each blank node label in subject, object or graph position replaced by
     * {@code relabel} (a blank predicate keeps its label, as titanium-rdfc does).
     */
    String line(UnaryOperator<String> relabel) {
        Terms written = terms();
        StringBuilder line = new StringBuilder(written.length() + 32);
        line.append(written.subject() != null ? written.subject() : relabel.apply(subject)).append(' ')
            .append(written.predicate()).append(' ')
            .append(written.object() != null ? written.object() : relabel.apply(object)).append(' ');
        if (graph != null) {
            line.append(written.graph() != null ? written.graph() : relabel.apply(graph)).append(' ');
        }
        return line.append(".\n").toString();
    }

    void emit(RdfQuadConsumer consumer) throws RdfConsumerException {
        consumer.quad(subject, predicate, object, datatype, language, direction, graph);
    }

    static boolean isBlank(String term) {
        return term != null && term.startsWith("_:");
    }

    private Terms terms() {
        Terms written = terms;
        if (written == null) {
            written = new Terms(isBlank(subject) ? null : NQuadsWriter.resourceOrBlank(subject),
                    NQuadsWriter.resourceOrBlank(predicate),
                    RdfQuadConsumer.isLiteral(datatype, language, direction) ? NQuadsWriter.literal(object, datatype, language, direction)
                            : isBlank(object) ? null : NQuadsWriter.resourceOrBlank(object),
                    graph == null || isBlank(graph) ? null : NQuadsWriter.resourceOrBlank(graph));
            terms = written;
        }
        return written;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Quad quad && Objects.equals(subject, quad.subject) && Objects.equals(predicate, quad.predicate)
                && Objects.equals(object, quad.object) && Objects.equals(datatype, quad.datatype)
                && Objects.equals(language, quad.language) && Objects.equals(direction, quad.direction)
                && Objects.equals(graph, quad.graph);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, predicate, object, datatype, language, direction, graph);
    }

    @Override
    public String toString() {
        return nquad().strip();
    }

    /** The N-Quads text of each term; null where a blank node label goes (and for an absent graph). */
    private record Terms(String subject, String predicate, String object, String graph) {

        int length() {
            return (subject == null ? 0 : subject.length()) + predicate.length() + (object == null ? 0 : object.length())
                    + (graph == null ? 0 : graph.length());
        }
    }
}
