package dev.laurel.tool.credentials.jsonld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.expansion.Expansion;
import com.apicatalog.jsonld.json.JsonUtils;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import com.apicatalog.jsonld.processor.ToRdfProcessor;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.util.Assert;

/**
 * Turns a JSON-LD document into its canonical N-Quads with RDFC-1.0 (SHA-256), loading contexts only from
 * a {@link BundledDocumentLoader}. Thread-safe; its caches are bounded and keyed by everything the result
 * depends on:
 * <ul>
 * <li>the active context built from a top-level {@code @context} made of bundled context URLs is processed
 * once (context processing of the OB 3.0 context dominates the cost otherwise);</li>
 * <li>with such a context, the quads of a credential's issuer profile, achievement, results and schemas, which
 * recur unchanged across the credentials of one issuer and one achievement, are computed once
 * ({@link RecurringNodes}), with the first-degree hashes of their blank nodes.</li>
 * </ul>
 * The caches are read without locks shared by threads.
 *
 * @see <a href="https://www.w3.org/TR/rdf-canon/#canon-algorithm">RDF Dataset Canonicalization §4.4</a>
 */
public final class RdfCanonicalizer {

    private static final int MAX_CACHED_CONTEXTS = 64;
    private static final int MAX_RECURRING_NODES = 512;
    /** RDFC-1.0 §4.4 warns of poison graphs whose blank nodes make hashing explode: bound the time spent. */
    private static final long CANONICALIZATION_BUDGET_MILLIS = 5_000;

    private final BundledDocumentLoader loader;
    private final Map<String, ActiveContext> activeContexts = new ConcurrentHashMap<>();
    private final RecurringNodes recurringNodes = new RecurringNodes(MAX_RECURRING_NODES, CANONICALIZATION_BUDGET_MILLIS);

    public RdfCanonicalizer(BundledDocumentLoader loader) {
        Assert.notNull(loader, "loader cannot be null");
        this.loader = loader;
    }

    /** The canonical N-Quads of {@code document}, each line ending in a newline, sorted. */
    public String canonicalize(JsonObject document) throws CanonicalizationException {
        JsonLdOptions options = new JsonLdOptions(loader);
        List<Quad> dataset = new ArrayList<>(256);
        Map<String, String> knownHashes = new HashMap<>();
        try {
            JsonValue context = document.get("@context");
            if (context == null || !cacheable(context)) {
                ToRdfProcessor.toRdf(collector(dataset::add), JsonLd.expand(JsonDocument.of(document)).options(options).get(), options);
            }
            else {
                ActiveContext active = activeContext(context, options);
                recurringNodes.toRdf(document,
                        (body, out) -> ToRdfProcessor.toRdf(collector(out), expand(active, body), options), dataset::add, knownHashes);
            }
            return CanonicalNQuads.of(dataset, knownHashes, CANONICALIZATION_BUDGET_MILLIS);
        }
        catch (JsonLdError ex) {
            throw new CanonicalizationException(ex.getMessage() == null ? ex.getCode().toMessage() : ex.getMessage());
        }
        catch (IllegalStateException ex) {
            throw new CanonicalizationException("canonicalization_budget_exceeded: the document's blank nodes take more than "
                    + CANONICALIZATION_BUDGET_MILLIS + " ms to canonicalize");
        }
        catch (RdfConsumerException | RuntimeException ex) {
            throw new CanonicalizationException("the document cannot be turned into RDF: " + ex.getMessage());
        }
    }

    /** How many recurring nodes are held ready for reuse. */
    long reusableNodes() {
        return recurringNodes.reusable();
    }

    /**
     * JSON-LD expansion of a document body (without its {@code @context}) against the active context that
     * processing the document's {@code @context} first would give.
     *
     * @see <a href="https://www.w3.org/TR/json-ld11-api/#expansion-algorithm">JSON-LD 1.1 API §5.1.2 Expansion Algorithm</a>
     */
    private static JsonArray expand(ActiveContext active, JsonObject body) throws JsonLdError {
        JsonValue expanded = Expansion.with(active, body, null, null).compute();
        if (JsonUtils.isObject(expanded) && expanded.asJsonObject().size() == 1 && expanded.asJsonObject().containsKey("@graph")) {
            expanded = expanded.asJsonObject().get("@graph");
        }
        return JsonUtils.isNull(expanded) ? JsonValue.EMPTY_JSON_ARRAY : JsonUtils.toJsonArray(expanded);
    }

    private static RdfQuadConsumer collector(Consumer<Quad> out) {
        return (subject, predicate, object, datatype, language, direction, graph) -> {
            out.accept(new Quad(subject, predicate, object, datatype, language, direction, graph));
            return null;
        };
    }

    private ActiveContext activeContext(JsonValue context, JsonLdOptions options) throws JsonLdError {
        String key = context.toString();
        ActiveContext cached = activeContexts.get(key);
        if (cached != null) {
            return cached;
        }
        ActiveContext created = new ActiveContext(null, null, ProcessingRuntime.of(options)).newContext().create(context, null);
        if (activeContexts.size() < MAX_CACHED_CONTEXTS) {
            activeContexts.putIfAbsent(key, created);
        }
        return created;
    }

    /** Only contexts that are bundled URLs (a string or an array of strings) are cached. */
    private boolean cacheable(JsonValue context) {
        if (context.getValueType() == JsonValue.ValueType.STRING) {
            return loader.knows(((JsonString) context).getString());
        }
        if (context.getValueType() != JsonValue.ValueType.ARRAY) {
            return false;
        }
        for (JsonValue each : context.asJsonArray()) {
            if (each.getValueType() != JsonValue.ValueType.STRING || !loader.knows(((JsonString) each).getString())) {
                return false;
            }
        }
        return true;
    }

    /** The document could not be expanded or canonicalized (unknown context, invalid JSON-LD). */
    public static final class CanonicalizationException extends Exception {

        public CanonicalizationException(String message) {
            super(message);
        }
    }
}
