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
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.canon.RdfCanonTimeTicker;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.util.Assert;

/**
 * Turns a JSON-LD document into its canonical N-Quads with RDFC-1.0 (SHA-256), loading contexts only from
 * a {@link BundledDocumentLoader}. The active context built from a top-level {@code @context} made of
 * bundled context URLs is processed once and reused (context processing of the OB 3.0 context dominates
 * the cost otherwise). Thread-safe.
 *
 * @see <a href="https://www.w3.org/TR/rdf-canon/#canon-algorithm">RDF Dataset Canonicalization §4.4</a>
 */
public final class RdfCanonicalizer {

    private static final int MAX_CACHED_CONTEXTS = 64;
    /** RDFC-1.0 §4.4 warns of poison graphs whose blank nodes make hashing explode: bound the time spent. */
    private static final long CANONICALIZATION_BUDGET_MILLIS = 5_000;
    /** Looked up once: {@code Json.*} calls search the service loader every time. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final BundledDocumentLoader loader;
    private final Map<String, ActiveContext> activeContexts = new ConcurrentHashMap<>();

    public RdfCanonicalizer(BundledDocumentLoader loader) {
        Assert.notNull(loader, "loader cannot be null");
        this.loader = loader;
    }

    /** The canonical N-Quads of {@code document}, each line ending in a newline, sorted. */
    public String canonicalize(JsonObject document) throws CanonicalizationException {
        JsonLdOptions options = new JsonLdOptions(loader);
        RdfCanon canon = RdfCanon.create("SHA-256", new RdfCanonTimeTicker(CANONICALIZATION_BUDGET_MILLIS));
        try {
            ToRdfProcessor.toRdf(canon, expand(document, options), options);
            StringWriter out = new StringWriter(4096);
            canon.provide(new NQuadsWriter(out));
            return out.toString();
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

    /**
     * JSON-LD expansion; with a cacheable top-level context, the document (without its {@code @context}) is
     * expanded against the cached active context, which is what processing that context first would give.
     *
     * @see <a href="https://www.w3.org/TR/json-ld11-api/#expansion-algorithm">JSON-LD 1.1 API §5.1.2 Expansion Algorithm</a>
     */
    private JsonArray expand(JsonObject document, JsonLdOptions options) throws JsonLdError {
        JsonValue context = document.get("@context");
        if (context == null || !cacheable(context)) {
            return JsonLd.expand(JsonDocument.of(document)).options(options).get();
        }
        ActiveContext active = activeContext(context, options);
        JsonObject body = JSON.createObjectBuilder(document).remove("@context").build();
        JsonValue expanded = Expansion.with(active, body, null, null).compute();
        if (JsonUtils.isObject(expanded) && expanded.asJsonObject().size() == 1 && expanded.asJsonObject().containsKey("@graph")) {
            expanded = expanded.asJsonObject().get("@graph");
        }
        return JsonUtils.isNull(expanded) ? JsonValue.EMPTY_JSON_ARRAY : JsonUtils.toJsonArray(expanded);
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
            return loader.knows(((jakarta.json.JsonString) context).getString());
        }
        if (context.getValueType() != JsonValue.ValueType.ARRAY) {
            return false;
        }
        for (JsonValue each : context.asJsonArray()) {
            if (each.getValueType() != JsonValue.ValueType.STRING || !loader.knows(((jakarta.json.JsonString) each).getString())) {
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
