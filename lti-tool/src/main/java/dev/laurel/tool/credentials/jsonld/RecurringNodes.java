package dev.laurel.tool.credentials.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.springframework.util.ConcurrentLruCache;

/**
 * The RDF of node objects that recur unchanged in many documents, turned into quads once and then reused: the
 * document is expanded with each such node cut down to a reference {@code {"id": …}}, and the node's cached
 * quads ({@link RecurringNode}) are added. The nodes are a credential's {@code issuer} profile and
 * {@code credentialSubject.achievement}, and each object of its {@code credentialSchema} and of
 * {@code credentialSubject.result} (one result per rubric criterion and level, shared by many learners).
 *
 * <p>JSON-LD to RDF yields the union of the quads of every node object, and how a node object expands depends
 * only on its own content and on the active context, which the ancestors' {@code @context} and types and the
 * property path decide (JSON-LD 1.1 API §5.1.2). The cache key therefore holds the document's
 * {@code @context}, the ancestors' {@code type}s, the path and the node's JSON value (compared as a value: the
 * same members with equal values; member order changes which blank node labels the node's quads carry, not
 * the canonical form). A node is reused only when no explicit blank node label links it to the rest and the
 * canonical form with the spliced quads equals the one computed in full (checked once, when the entry is
 * made). A node with an IRI {@code id} is referenced by that id; a blank node by an IRI of its own in the
 * document ({@link RecurringNode#RESERVED_IRI}), which the quads then turn back into the node's blank label (or
 * the whole document is expanded, should that IRI not appear exactly once, as the object of the link).
 * Entries are made at a node's second sighting, so one-off documents (verifying foreign credentials) cost no
 * extra work.
 *
 * @see <a href="https://www.w3.org/TR/json-ld11-api/#deserialize-json-ld-to-rdf-algorithm">JSON-LD 1.1 API §8.1 Deserialize JSON-LD to RDF</a>
 */
final class RecurringNodes {

    /** Where in a credential recurring nodes sit; ancestors along a path must be single objects. */
    private static final List<Site> SITES = List.of(new Site(List.of("issuer"), false),
            new Site(List.of("credentialSubject", "achievement"), false), new Site(List.of("credentialSubject", "result"), true),
            new Site(List.of("credentialSchema"), true));
    private static final JsonProvider JSON = JsonProvider.provider();

    /** Read without a lock shared by threads: a lookup compares a node's whole JSON value. */
    private final ConcurrentLruCache<Key, Sightings> entries;
    private final long budgetMillis;
    private final AtomicLong created = new AtomicLong();
    private final AtomicLong reusable = new AtomicLong();

    RecurringNodes(int capacity, long budgetMillis) {
        this.entries = new ConcurrentLruCache<>(capacity, key -> new Sightings());
        this.budgetMillis = budgetMillis;
    }

    /**
     * Turns a document into quads for {@code out}: recurring nodes from the cache, the rest through {@code source};
     * puts the first-degree hashes known of the reused nodes' blank nodes in {@code hashes}.
     */
    void toRdf(JsonObject document, QuadSource source, Consumer<Quad> out, Map<String, String> hashes)
            throws JsonLdError, RdfConsumerException {
        JsonObject body = without(document, "@context");
        if (hasKeyword(body)) {
            source.toRdf(body, out);
            return;
        }
        String context = document.get("@context").toString();
        NodeSplice splice = new NodeSplice();
        JsonObject stubbed = body;
        for (int site = 0; site < SITES.size(); site++) {
            stubbed = stubSite(stubbed, context, site, source, splice);
        }
        if (!splice.referencesBlankNodes()) {
            source.toRdf(stubbed, out);
            splice.emit(out, hashes);
            return;
        }
        List<Quad> quads = new ArrayList<>(128);
        source.toRdf(stubbed, quads::add);
        if (!splice.link(quads)) {
            source.toRdf(body, out);
            return;
        }
        quads.forEach(out);
        splice.emit(out, hashes);
    }

    /** How many nodes have been made ready for reuse (those evicted since included). */
    long reusable() {
        return reusable.get();
    }

    /** The body with the recurring nodes at {@code site} replaced by references. */
    private JsonObject stubSite(JsonObject body, String context, int site, QuadSource source, NodeSplice splice) {
        List<String> path = SITES.get(site).path();
        JsonObject parent = body;
        List<String> ancestorTypes = new ArrayList<>(path.size());
        ancestorTypes.add(String.valueOf(body.get("type")));
        for (int depth = 0; depth < path.size() - 1; depth++) {
            if (!(parent.get(path.get(depth)) instanceof JsonObject child) || hasKeyword(child)) {
                return body;
            }
            ancestorTypes.add(String.valueOf(child.get("type")));
            parent = child;
        }
        JsonValue value = parent.get(path.get(path.size() - 1));
        Located located = new Located(site, context, List.copyOf(ancestorTypes));
        if (value instanceof JsonObject node) {
            JsonValue reference = reference(located, node, false, source, splice);
            return reference == node ? body : replace(body, path, reference);
        }
        if (!SITES.get(site).elements() || !(value instanceof JsonArray array)) {
            return body;
        }
        JsonArrayBuilder references = null;
        for (int index = 0; index < array.size(); index++) {
            JsonValue element = array.get(index);
            JsonValue reference = element instanceof JsonObject node ? reference(located, node, true, source, splice) : element;
            if (reference != element && references == null) {
                references = JSON.createArrayBuilder();
                array.subList(0, index).forEach(references::add);
            }
            if (references != null) {
                references.add(reference);
            }
        }
        return references == null ? body : replace(body, path, references.build());
    }

    /** The reference that replaces {@code node} in the document if it is reused, else {@code node} itself. */
    private JsonValue reference(Located located, JsonObject node, boolean asElement, QuadSource source, NodeSplice splice) {
        Sightings sightings = entries.get(Key.of(located, node));
        if (!sightings.seen.getAndSet(true)) {
            return node;
        }
        Optional<RecurringNode> decided = sightings.node.get();
        if (decided == null) {
            decided = Optional.ofNullable(reusable(node) ? RecurringNode.compute(SITES.get(located.site()).path(), located.ancestorTypes(),
                    asElement, node, source, "_:r" + created.incrementAndGet() + "-", budgetMillis) : null);
            if (sightings.node.compareAndSet(null, decided)) {
                reusable.addAndGet(decided.isPresent() ? 1 : 0);
            }
            decided = sightings.node.get();
        }
        return decided.isPresent() ? splice.use(decided.get(), node.get("id")) : node;
    }

    /** Whether the node may be cut out at all: no keyword, an IRI {@code id} or none, no label that could tie it to the rest. */
    private static boolean reusable(JsonObject node) {
        JsonValue id = node.get("id");
        return !hasKeyword(node) && (id == null || id instanceof JsonString) && !mentionsLabel(node);
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

    /**
     * Whether a member name or string value starts with {@code _:}, as a blank node identifier does (it could tie
     * the node to other parts of the document), or holds the IRI reserved for references to blank nodes.
     */
    private static boolean mentionsLabel(JsonValue value) {
        if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                if (member.getKey().startsWith("_:") || mentionsLabel(member.getValue())) {
                    return true;
                }
            }
            return false;
        }
        if (value instanceof JsonArray array) {
            for (JsonValue element : array) {
                if (mentionsLabel(element)) {
                    return true;
                }
            }
            return false;
        }
        return value instanceof JsonString string
                && (string.getString().startsWith("_:") || string.getString().contains(RecurringNode.RESERVED_IRI));
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

    private record Site(List<String> path, boolean elements) {
    }

    private record Located(int site, String context, List<String> ancestorTypes) {
    }

    /** A cache key; its hash, a walk through the node's whole JSON value, is computed once. */
    private record Key(int hash, int site, String context, List<String> ancestorTypes, JsonObject node) {

        static Key of(Located located, JsonObject node) {
            return new Key(Objects.hash(located.site(), located.context(), located.ancestorTypes(), node), located.site(),
                    located.context(), located.ancestorTypes(), node);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** What is known of one node: whether it was seen before, and once decided at its second sighting, its reusable quads. */
    private static final class Sightings {

        private final AtomicBoolean seen = new AtomicBoolean();
        private final AtomicReference<Optional<RecurringNode>> node = new AtomicReference<>();
    }
}
