package dev.laurel.tool.credentials.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The quads of one recurring node object, computed once from a wrapper document that holds only the node under
 * its path and its ancestors' types, with blank node labels of its own ({@code prefix…}). A node without an
 * {@code id} is a blank node: its root gets the label {@code prefix + "root"}.
 *
 * <p>An instance exists only when the splice is exact for the wrapper: the wrapper with the node cut down to a
 * reference {@code {"id": …}} plus these quads canonicalizes as the wrapper does (RDFC-1.0). Without its
 * {@code type}, the reference's type-scoped context is not processed; that this leaves the link to the node
 * unchanged is part of what the check proves.
 *
 * @param quads the node's quads: those whose subject is its root or a node reachable from it
 * @param hashes the first-degree hash of each blank node inside the node (not its root): all the quads that
 *        mention one are among {@code quads}, so its hash is the same in every document
 * @param prefix the blank node label prefix of these quads
 * @param blankRoot whether the node is a blank node (has no {@code id})
 */
record RecurringNode(List<Quad> quads, Map<String, String> hashes, String prefix, boolean blankRoot) {

    /** The IRI a blank node gets while its quads are computed; documents that mention it are never spliced. */
    static final String RESERVED_IRI = "urn:laurel:recurring-node:";

    private static final String ROOT_IRI = RESERVED_IRI + "root";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final JsonProvider JSON = JsonProvider.provider();

    /**
     * The node's quads if splicing them is exact for the wrapper, else null.
     *
     * @param path the members leading from the document to the node
     * @param ancestorTypes the JSON text of each ancestor's {@code type} ({@code "null"} when absent), document first
     * @param asElement whether the node sits in an array (a one-element array in the wrapper)
     */
    static RecurringNode compute(List<String> path, List<String> ancestorTypes, boolean asElement, JsonObject node,
            RecurringNodes.QuadSource source, String prefix, long budgetMillis) {
        try {
            boolean blankRoot = !node.containsKey("id");
            JsonObject identified = blankRoot ? JSON.createObjectBuilder(node).add("id", ROOT_IRI).build() : node;
            List<Quad> real = quads(source, wrapper(path, ancestorTypes, asElement, node));
            List<Quad> withId = blankRoot ? quads(source, wrapper(path, ancestorTypes, asElement, identified)) : real;
            List<Quad> stubbed = quads(source, wrapper(path, ancestorTypes, asElement, stub(identified)));
            // the node's IRI: the one node the stubbed wrapper links to other than by rdf:type
            Set<String> iris = new HashSet<>();
            stubbed.stream()
                .filter(quad -> quad.datatype() == null && !Quad.isBlank(quad.object()) && !RDF_TYPE.equals(quad.predicate()))
                .forEach(quad -> iris.add(quad.object()));
            if (iris.size() != 1 || (blankRoot && !iris.contains(ROOT_IRI))
                    || real.stream().anyMatch(quad -> quad.graph() != null) || withId.stream().anyMatch(quad -> quad.graph() != null)) {
                return null;
            }
            String root = prefix + "root";
            UnaryOperator<String> rootLabel = term -> blankRoot && ROOT_IRI.equals(term) ? root : term;
            List<Quad> own = relabel(rootedAt(iris.iterator().next(), withId),
                    term -> Quad.isBlank(term) ? prefix + term.substring(2) : rootLabel.apply(term));
            List<Quad> spliced = new ArrayList<>(relabel(stubbed, rootLabel));
            spliced.addAll(own);
            boolean exact = CanonicalNQuads.of(real, budgetMillis).equals(CanonicalNQuads.of(spliced, budgetMillis));
            return exact ? new RecurringNode(List.copyOf(own), Map.copyOf(FirstDegreeHashes.hashes(own, Set.of(root))), prefix, blankRoot)
                    : null;
        }
        catch (JsonLdError | RdfConsumerException | RuntimeException ex) {
            return null;
        }
    }

    /** The label of the root when the node is a blank node. */
    String root() {
        return prefix + "root";
    }

    /** The same node once more in one document: the same quads with blank node labels of their own. */
    RecurringNode again(int use) {
        String again = prefix + "u" + use + "-";
        UnaryOperator<String> relabel = term -> term.startsWith(prefix) ? again + term.substring(prefix.length()) : term;
        Map<String, String> relabelledHashes = new HashMap<>();
        hashes.forEach((blank, hash) -> relabelledHashes.put(relabel.apply(blank), hash));
        return new RecurringNode(relabel(quads, relabel), relabelledHashes, again, blankRoot);
    }

    /** The node reduced to a reference, {@code {"id": …}}: it yields the quad linking the parent to the node. */
    static JsonObject stub(JsonValue id) {
        return JSON.createObjectBuilder().add("id", id).build();
    }

    private static JsonObject stub(JsonObject node) {
        return stub(node.get("id"));
    }

    private static List<Quad> quads(RecurringNodes.QuadSource source, JsonObject document) throws JsonLdError, RdfConsumerException {
        List<Quad> quads = new ArrayList<>();
        source.toRdf(document, quads::add);
        return quads;
    }

    /** The quads whose subject is {@code iri} or a node (blank or IRI) reachable from it. */
    private static List<Quad> rootedAt(String iri, List<Quad> quads) {
        Map<String, List<Quad>> bySubject = new HashMap<>();
        quads.forEach(quad -> bySubject.computeIfAbsent(quad.subject(), subject -> new ArrayList<>()).add(quad));
        List<Quad> rooted = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(iri));
        while (!pending.isEmpty()) {
            String subject = pending.pop();
            if (!visited.add(subject)) {
                continue;
            }
            for (Quad quad : bySubject.getOrDefault(subject, List.of())) {
                rooted.add(quad);
                if (quad.datatype() == null) {
                    pending.push(quad.object());
                }
            }
        }
        return rooted;
    }

    /** The quads with {@code relabel} applied to subject, resource object and graph. */
    static List<Quad> relabel(List<Quad> quads, UnaryOperator<String> relabel) {
        List<Quad> relabelled = new ArrayList<>(quads.size());
        for (Quad quad : quads) {
            relabelled.add(new Quad(relabel.apply(quad.subject()), quad.predicate(),
                    quad.datatype() == null ? relabel.apply(quad.object()) : quad.object(), quad.datatype(), quad.language(),
                    quad.direction(), quad.graph() == null ? null : relabel.apply(quad.graph())));
        }
        return relabelled;
    }

    private static JsonObject wrapper(List<String> path, List<String> ancestorTypes, boolean asElement, JsonObject node) {
        JsonValue value = asElement ? JSON.createArrayBuilder().add(node).build() : node;
        for (int depth = path.size() - 1; depth >= 0; depth--) {
            JsonObjectBuilder parent = JSON.createObjectBuilder();
            JsonValue type = parse(ancestorTypes.get(depth));
            if (type != null) {
                parent.add("type", type);
            }
            value = parent.add(path.get(depth), value).build();
        }
        return (JsonObject) value;
    }

    private static JsonValue parse(String json) {
        return "null".equals(json) ? null : JSON.createReader(new StringReader("[" + json + "]")).readArray().get(0);
    }
}
