package dev.laurel.tool.credentials.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The RDF of node objects that recur unchanged in many documents (a credential's {@code issuer} profile and
 * {@code credentialSubject.achievement}), turned into quads once and then reused: the document is expanded
 * with each such node cut down to a reference {@code {"id": …}}, and the node's cached quads are added.
 *
 * <p>JSON-LD to RDF yields the union of the quads of every node object, and how a node object expands depends
 * only on its own content and on the active context, which the ancestors' {@code @context} and types and the
 * property path decide (JSON-LD 1.1 API §5.1.2). The cache key therefore holds the document's
 * {@code @context}, the ancestors' {@code type}s, the path and the node's JSON value (compared as a value: the
 * same members with equal values; member order changes which blank node labels the node's quads carry, not
 * the canonical form). A node is reused only
 * when its IRI {@code id} roots all of its quads, no explicit blank node label links it to the rest, and
 * the canonical form with the spliced quads equals the canonical form computed in full (checked once, when
 * the entry is made). Entries are made at a node's second sighting, so one-off documents (verifying foreign
 * credentials) cost no extra work.
 *
 * @see <a href="https://www.w3.org/TR/json-ld11-api/#deserialize-json-ld-to-rdf-algorithm">JSON-LD 1.1 API §8.1 Deserialize JSON-LD to RDF</a>
 */
final class RecurringNodes {

    /** Where in a credential the recurring nodes sit; ancestors along a path must be single objects. */
    private static final List<List<String>> PATHS = List.of(List.of("issuer"), List.of("credentialSubject", "achievement"));
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final Entry SEEN_ONCE = new Entry(State.SEEN_ONCE, List.of());
    private static final Entry NOT_REUSABLE = new Entry(State.NOT_REUSABLE, List.of());

    private final BoundedLruMap<Key, Entry> entries;
    private final long budgetMillis;

    RecurringNodes(int capacity, long budgetMillis) {
        this.entries = new BoundedLruMap<>(capacity);
        this.budgetMillis = budgetMillis;
    }

    /** Turns a document into quads for {@code out}: recurring nodes from the cache, the rest through {@code source}. */
    void toRdf(JsonObject document, QuadSource source, Consumer<Quad> out) throws JsonLdError, RdfConsumerException {
        JsonObject body = without(document, "@context");
        String context = document.get("@context").toString();
        List<List<Quad>> reused = new ArrayList<>(PATHS.size());
        for (int index = 0; index < PATHS.size(); index++) {
            Key key = key(body, context, index);
            if (key == null) {
                continue;
            }
            Entry entry = entries.get(key);
            if (entry == null) {
                entries.put(key, SEEN_ONCE);
            }
            else if (entry.state() == State.SEEN_ONCE) {
                entry = create(key, nodeAt(body, PATHS.get(index)), source);
                entries.put(key, entry);
            }
            if (entry != null && entry.state() == State.REUSABLE) {
                body = replace(body, PATHS.get(index), stub(nodeAt(body, PATHS.get(index))));
                reused.add(entry.quads());
            }
        }
        source.toRdf(body, out);
        reused.forEach(quads -> quads.forEach(out));
    }

    /** How many nodes are held ready for reuse. */
    long reusable() {
        return entries.count(entry -> entry.state() == State.REUSABLE);
    }

    private Key key(JsonObject body, String context, int index) {
        List<String> path = PATHS.get(index);
        if (hasKeyword(body)) {
            return null;
        }
        JsonObject parent = body;
        List<String> ancestorTypes = new ArrayList<>(path.size());
        ancestorTypes.add(String.valueOf(body.get("type")));
        for (int depth = 0; depth < path.size() - 1; depth++) {
            JsonValue child = parent.get(path.get(depth));
            if (!(child instanceof JsonObject object) || hasKeyword(object)) {
                return null;
            }
            ancestorTypes.add(String.valueOf(object.get("type")));
            parent = object;
        }
        JsonValue node = parent.get(path.get(path.size() - 1));
        if (!(node instanceof JsonObject object) || hasKeyword(object) || !(object.get("id") instanceof JsonString)) {
            return null;
        }
        // an explicit blank node label could tie the node to other parts of the document
        if (mentionsBlankNodeLabel(object)) {
            return null;
        }
        return new Key(index, context, List.copyOf(ancestorTypes), object);
    }

    /** Computes the node's quads from a document holding only the node and its ancestors' types, and checks the splice. */
    private Entry create(Key key, JsonObject node, QuadSource source) {
        try {
            List<String> path = PATHS.get(key.path());
            JsonObject whole = wrapper(key, path, node);
            JsonObject stubbed = wrapper(key, path, stub(node));
            List<Quad> wholeQuads = new ArrayList<>();
            source.toRdf(whole, wholeQuads::add);
            List<Quad> stubQuads = new ArrayList<>();
            source.toRdf(stubbed, stubQuads::add);
            // the node's IRI: the one node the stubbed document links to other than by rdf:type
            Set<String> iris = new HashSet<>();
            stubQuads.stream()
                .filter(quad -> quad.datatype() == null && !Quad.isBlank(quad.object()) && !RDF_TYPE.equals(quad.predicate()))
                .forEach(quad -> iris.add(quad.object()));
            if (iris.size() != 1 || wholeQuads.stream().anyMatch(quad -> quad.graph() != null)) {
                return NOT_REUSABLE;
            }
            List<Quad> own = relabel(rootedAt(iris.iterator().next(), wholeQuads), "_:r" + key.path() + "-");
            List<Quad> spliced = new ArrayList<>(stubQuads);
            spliced.addAll(own);
            boolean same = CanonicalNQuads.of(wholeQuads, budgetMillis).equals(CanonicalNQuads.of(spliced, budgetMillis));
            return same ? new Entry(State.REUSABLE, List.copyOf(own)) : NOT_REUSABLE;
        }
        catch (JsonLdError | RdfConsumerException | RuntimeException ex) {
            return NOT_REUSABLE;
        }
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

    private static List<Quad> relabel(List<Quad> quads, String prefix) {
        List<Quad> relabelled = new ArrayList<>(quads.size());
        for (Quad quad : quads) {
            relabelled.add(new Quad(label(quad.subject(), prefix), quad.predicate(),
                    quad.datatype() == null ? label(quad.object(), prefix) : quad.object(), quad.datatype(), quad.language(),
                    quad.direction(), quad.graph()));
        }
        return relabelled;
    }

    private static String label(String term, String prefix) {
        return Quad.isBlank(term) ? prefix + term.substring(2) : term;
    }

    private static JsonObject wrapper(Key key, List<String> path, JsonObject node) {
        JsonValue value = node;
        for (int depth = path.size() - 1; depth >= 0; depth--) {
            JsonObjectBuilder parent = JSON.createObjectBuilder();
            JsonValue type = parse(key.ancestorTypes().get(depth));
            if (type != null) {
                parent.add("type", type);
            }
            value = parent.add(path.get(depth), value).build();
        }
        return (JsonObject) value;
    }

    private static JsonValue parse(String json) {
        return "null".equals(json) ? null : JSON.createReader(new java.io.StringReader("[" + json + "]")).readArray().get(0);
    }

    /**
     * The node reduced to a reference, {@code {"id": …}}: it yields the quad linking the parent to the node.
     * Without its {@code type}, the node's type-scoped context is not processed; that this leaves the id's
     * expansion unchanged is part of what the splice check proves for each entry.
     */
    private static JsonObject stub(JsonObject node) {
        return JSON.createObjectBuilder().add("id", node.get("id")).build();
    }

    private static JsonObject nodeAt(JsonObject body, List<String> path) {
        JsonObject node = body;
        for (String step : path) {
            node = node.getJsonObject(step);
        }
        return node;
    }

    private static JsonObject replace(JsonObject object, List<String> path, JsonValue value) {
        if (path.size() == 1) {
            return JSON.createObjectBuilder(object).add(path.get(0), value).build();
        }
        JsonObject child = object.getJsonObject(path.get(0));
        return JSON.createObjectBuilder(object).add(path.get(0), replace(child, path.subList(1, path.size()), value)).build();
    }

    private static JsonObject without(JsonObject object, String key) {
        return JSON.createObjectBuilder(object).remove(key).build();
    }

    /** Whether a member name or string value starts with {@code _:}, as a blank node identifier does. */
    private static boolean mentionsBlankNodeLabel(JsonValue value) {
        if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                if (member.getKey().startsWith("_:") || mentionsBlankNodeLabel(member.getValue())) {
                    return true;
                }
            }
            return false;
        }
        if (value instanceof JsonArray array) {
            for (JsonValue element : array) {
                if (mentionsBlankNodeLabel(element)) {
                    return true;
                }
            }
            return false;
        }
        return value instanceof JsonString string && string.getString().startsWith("_:");
    }

    private static boolean hasKeyword(JsonObject object) {
        for (String key : object.keySet()) {
            if (key.startsWith("@")) {
                return true;
            }
        }
        return false;
    }

    /** Expands a document body (no {@code @context}: the source holds the active context) into quads. */
    @FunctionalInterface
    interface QuadSource {

        void toRdf(JsonObject body, Consumer<Quad> out) throws JsonLdError, RdfConsumerException;
    }

    private record Key(int path, String context, List<String> ancestorTypes, JsonObject node) {
    }

    private enum State {
        SEEN_ONCE, REUSABLE, NOT_REUSABLE
    }

    private record Entry(State state, List<Quad> quads) {
    }
}
