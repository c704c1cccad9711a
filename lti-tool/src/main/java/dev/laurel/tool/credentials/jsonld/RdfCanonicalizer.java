package dev.laurel.tool.credentials.jsonld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonObject;
import java.io.StringWriter;
import org.springframework.util.Assert;

/**
 * Turns a JSON-LD document into its canonical N-Quads with RDFC-1.0 (SHA-256), loading contexts only from
 * a {@link BundledDocumentLoader}. Thread-safe.
 *
 * @see <a href="https://www.w3.org/TR/rdf-canon/#canon-algorithm">RDF Dataset Canonicalization §4.4</a>
 */
public final class RdfCanonicalizer {

    private final BundledDocumentLoader loader;

    public RdfCanonicalizer(BundledDocumentLoader loader) {
        Assert.notNull(loader, "loader cannot be null");
        this.loader = loader;
    }

    /** The canonical N-Quads of {@code document}, each line ending in a newline, sorted. */
    public String canonicalize(JsonObject document) throws CanonicalizationException {
        JsonLdOptions options = new JsonLdOptions(loader);
        RdfCanon canon = RdfCanon.create("SHA-256");
        try {
            JsonLd.toRdf(JsonDocument.of(document)).options(options).provide(canon);
            StringWriter out = new StringWriter(4096);
            canon.provide(new NQuadsWriter(out));
            return out.toString();
        }
        catch (JsonLdError ex) {
            throw new CanonicalizationException(ex.getMessage() == null ? ex.getCode().toMessage() : ex.getMessage());
        }
        catch (RdfConsumerException | RuntimeException ex) {
            throw new CanonicalizationException("the document cannot be turned into RDF: " + ex.getMessage());
        }
    }

    /** The document could not be expanded or canonicalized (unknown context, invalid JSON-LD). */
    public static final class CanonicalizationException extends Exception {

        public CanonicalizationException(String message) {
            super(message);
        }
    }
}
