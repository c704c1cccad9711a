package dev.laurel.tool.credentials.jsonld;

import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.canon.RdfCanonTimeTicker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * RDFC-1.0 (SHA-256) canonical N-Quads of a dataset. Quads without a blank node are serialized directly:
 * RDFC-1.0 hashes only the quads that mention a blank node (§4.4.3 step 2, the blank node to quads map) and
 * copies the others unchanged into the normalized dataset (step 6). When the first-degree hashes of the blank
 * nodes all differ (steps 3 to 5; Laurel's credentials are such datasets) the canonical labels follow from them
 * alone ({@link FirstDegreeHashes}); otherwise titanium-rdfc labels the blank node quads, Hash N-Degree Quads
 * included. Either way each quad is written by titanium's N-Quads writer, once per label set.
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
        return of(dataset, Map.of(), budgetMillis);
    }

    /**
     * Like {@link #of(Collection, long)}, with the first-degree hashes of some blank nodes known in advance
     * ({@link FirstDegreeHashes#canonicalLabels(List, Map)}).
     */
    static String of(Collection<Quad> dataset, Map<String, String> knownHashes, long budgetMillis) throws RdfConsumerException {
        List<String> lines = new ArrayList<>(dataset.size());
        List<Quad> blankQuads = new ArrayList<>();
        for (Quad quad : dataset) {
            if (quad.hasBlankNode()) {
                blankQuads.add(quad);
            }
            else {
                lines.add(quad.nquad());
            }
        }
        Map<String, String> labels = FirstDegreeHashes.canonicalLabels(blankQuads, knownHashes);
        if (labels != null) {
            for (Quad quad : blankQuads) {
                lines.add(quad.line(labels::get));
            }
        }
        else {
            RdfCanon canon = RdfCanon.create("SHA-256", new RdfCanonTimeTicker(budgetMillis));
            for (Quad quad : blankQuads) {
                quad.emit(canon);
            }
            canon.provide((subject, predicate, object, datatype, language, direction, graph) -> {
                lines.add(new Quad(subject, predicate, object, datatype, language, direction, graph).nquad());
                return null;
            });
        }
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
