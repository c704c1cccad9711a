package dev.laurel.tool.credentials.jsonld;

import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.canon.RdfCanonTimeTicker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * RDFC-1.0 (SHA-256) canonical N-Quads of a dataset, with titanium-rdfc issuing the canonical blank node
 * labels. Quads without a blank node are serialized directly: RDFC-1.0 hashes only the quads that mention a
 * blank node (§4.4.3 step 2, the blank node to quads map) and copies the others unchanged into the
 * normalized dataset (step 6), so leaving them out of {@link RdfCanon} changes no label, only the cost of its
 * sort (which serializes a quad on every comparison).
 *
 * @see <a href="https://www.w3.org/TR/rdf-canon/#canon-algorithm">RDF Dataset Canonicalization §4.4.3</a>
 */
final class CanonicalNQuads {

    private CanonicalNQuads() {
    }

    /**
     * The canonical N-Quads: every line ends in a newline, lines sorted, duplicates removed.
     *
     * @throws IllegalStateException when the blank node labelling exceeds {@code budgetMillis}
     */
    static String of(Collection<Quad> dataset, long budgetMillis) throws RdfConsumerException {
        RdfCanon canon = RdfCanon.create("SHA-256", new RdfCanonTimeTicker(budgetMillis));
        List<String> lines = new ArrayList<>(dataset.size());
        for (Quad quad : dataset) {
            if (quad.hasBlankNode()) {
                quad.emit(canon);
            }
            else {
                lines.add(quad.nquad());
            }
        }
        canon.provide((subject, predicate, object, datatype, language, direction, graph) -> {
            lines.add(new Quad(subject, predicate, object, datatype, language, direction, graph).nquad());
            return null;
        });
        // §4.4.3 step 7 sorts in code point order; like titanium-rdfc's own sort, String order (UTF-16 units)
        lines.sort(null);
        StringBuilder out = new StringBuilder(lines.size() * 120);
        String previous = null;
        for (String line : lines) {
            if (!line.equals(previous)) {
                out.append(line);
            }
            previous = line;
        }
        return out.toString();
    }
}
