package dev.laurel.tool.credentials.jsonld;

import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.nquads.NQuadsReader;
import com.apicatalog.rdf.nquads.NQuadsReaderException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether RDFC-1.0 told every blank node of a dataset apart by its first-degree hash alone. When it did not,
 * the labels came from the Hash N-Degree Quads tie-break, the one part of the algorithm where
 * implementations have been seen to disagree (titanium-rdfc 2.0.0 and rdf-canonize label the four identical
 * embedded endorsements of the 1EdTech validator's {@code complete.json} differently).
 *
 * @see <a href="https://www.w3.org/TR/rdf-canon/#hash-1d-quads">RDF Dataset Canonicalization §4.6 Hash First Degree Quads</a>
 */
public final class FirstDegreeHashes {

    private FirstDegreeHashes() {
    }

    /** True when the first-degree hash inputs of all blank nodes in {@code nquads} differ. */
    public static boolean distinguishAll(String nquads) {
        List<Quad> quads = new ArrayList<>();
        try {
            new NQuadsReader(new StringReader(nquads)).provide((subject, predicate, object, datatype, language, direction, graph) -> {
                quads.add(new Quad(subject, predicate, object, datatype, language, direction, graph));
                return null;
            });
        }
        catch (NQuadsReaderException | RdfConsumerException ex) {
            return false;
        }
        Map<String, List<String>> inputs = new HashMap<>();
        for (Quad quad : quads) {
            Set<String> blanks = new LinkedHashSet<>();
            for (String term : new String[] {quad.subject(), quad.datatype() == null ? quad.object() : null, quad.graph()}) {
                if (Quad.isBlank(term)) {
                    blanks.add(term);
                }
            }
            for (String blank : blanks) {
                inputs.computeIfAbsent(blank, key -> new ArrayList<>()).add(replaced(quad, blank).nquad());
            }
        }
        Set<String> seen = new HashSet<>();
        for (List<String> lines : inputs.values()) {
            lines.sort(null);
            if (!seen.add(String.join("", lines))) {
                return false;
            }
        }
        return true;
    }

    /** §4.6 step 3: the reference blank node becomes {@code _:a}, every other blank node {@code _:z}. */
    private static Quad replaced(Quad quad, String reference) {
        return new Quad(replaced(quad.subject(), reference), quad.predicate(),
                quad.datatype() == null ? replaced(quad.object(), reference) : quad.object(), quad.datatype(), quad.language(),
                quad.direction(), replaced(quad.graph(), reference));
    }

    private static String replaced(String term, String reference) {
        if (!Quad.isBlank(term)) {
            return term;
        }
        return term.equals(reference) ? "_:a" : "_:z";
    }
}
