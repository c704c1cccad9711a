package dev.laurel.tool.credentials.jsonld;

import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.nquads.NQuadsReader;
import com.apicatalog.rdf.nquads.NQuadsReaderException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * RDFC-1.0's first-degree hashes of blank nodes, and the canonical labels they alone decide. When two blank
 * nodes share a hash, the labels come from the Hash N-Degree Quads tie-break, the one part of the algorithm
 * where implementations have been seen to disagree (titanium-rdfc 2.0.0 and rdf-canonize label the four
 * identical embedded endorsements of the 1EdTech validator's {@code complete.json} differently).
 *
 * <p>The quads mentioning a blank node are gathered as titanium-rdfc 2.0.0 gathers them (once per subject,
 * object and graph position that holds the node, in the order the quads come), so that where hashes are
 * distinct the labels are the ones titanium-rdfc issues.
 *
 * @see <a href="https://www.w3.org/TR/rdf-canon/#hash-1d-quads">RDF Dataset Canonicalization §4.6 Hash First Degree Quads</a>
 */
public final class FirstDegreeHashes {

    private static final String REFERENCE = "_:a";
    private static final String OTHER = "_:z";
    private static final String CANONICAL_PREFIX = "_:c14n";

    private FirstDegreeHashes() {
    }

    /** True when the first-degree hashes of all blank nodes in {@code nquads} differ. */
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
        return canonicalLabels(quads) != null;
    }

    /**
     * The canonical label ({@code _:c14n0}, …) of every blank node in subject, object or graph position of
     * {@code quads}, issued in the order of their first-degree hashes (§4.4.3 steps 2 to 5); null when two
     * blank nodes share a hash, so that step 6 (Hash N-Degree Quads) would decide.
     */
    static Map<String, String> canonicalLabels(List<Quad> quads) {
        return canonicalLabels(quads, Map.of());
    }

    /**
     * Like {@link #canonicalLabels(List)}, taking the hashes of the blank nodes in {@code known} as given: each
     * must be the hash of that node's quads, all of which are among {@code quads}.
     */
    static Map<String, String> canonicalLabels(List<Quad> quads, Map<String, String> known) {
        Map<String, String> blankByHash = new TreeMap<>();
        for (Map.Entry<String, String> entry : known.entrySet()) {
            if (blankByHash.put(entry.getValue(), entry.getKey()) != null) {
                return null;
            }
        }
        for (Map.Entry<String, String> entry : hashes(quads, known.keySet()).entrySet()) {
            if (blankByHash.put(entry.getValue(), entry.getKey()) != null) {
                return null;
            }
        }
        Map<String, String> labels = new HashMap<>();
        for (String blank : blankByHash.values()) {
            labels.put(blank, CANONICAL_PREFIX + labels.size());
        }
        return labels;
    }

    /** The first-degree hash of each blank node in subject, object or graph position of {@code quads}, but those in {@code skipped}. */
    static Map<String, String> hashes(List<Quad> quads, Set<String> skipped) {
        Map<String, List<Quad>> mentions = new HashMap<>();
        for (Quad quad : quads) {
            mention(mentions, quad.subject(), quad, skipped);
            if (quad.datatype() == null) {
                mention(mentions, quad.object(), quad, skipped);
            }
            mention(mentions, quad.graph(), quad, skipped);
        }
        MessageDigest sha256 = sha256();
        Map<String, String> hashes = new HashMap<>();
        mentions.forEach((blank, mentioning) -> hashes.put(blank, hash(blank, mentioning, sha256)));
        return hashes;
    }

    /** §4.6: the reference blank node written {@code _:a}, every other one {@code _:z}; the lines sorted and hashed. */
    private static String hash(String reference, List<Quad> quads, MessageDigest sha256) {
        String[] lines = new String[quads.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = quads.get(i).line(label -> label.equals(reference) ? REFERENCE : OTHER);
        }
        Arrays.sort(lines);
        sha256.reset();
        for (String line : lines) {
            sha256.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static void mention(Map<String, List<Quad>> mentions, String term, Quad quad, Set<String> skipped) {
        if (Quad.isBlank(term) && !skipped.contains(term)) {
            mentions.computeIfAbsent(term, blank -> new ArrayList<>(4)).add(quad);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
