package dev.laurel.tool.credentials.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.StringReader;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.springframework.util.Assert;

/**
 * A JSON-LD document loader that answers only from contexts held in memory; it never opens a connection.
 * An unknown URL fails with {@code context_not_bundled}.
 */
public final class BundledDocumentLoader implements DocumentLoader {

    public static final String CONTEXT_NOT_BUNDLED = "context_not_bundled";

    private final Map<String, Document> documents;

    private BundledDocumentLoader(Map<String, Document> documents) {
        this.documents = Map.copyOf(documents);
    }

    /** The standard contexts plus Laurel's extension context served under {@code baseUrl}. */
    public static BundledDocumentLoader forDeployment(String baseUrl) {
        return withExtra(Map.of(BundledContexts.laurelExtUrl(baseUrl), BundledContexts.laurelExtContext(baseUrl)));
    }

    /** The standard contexts plus extra ones given as URL to JSON text (tests add the W3C example context). */
    public static BundledDocumentLoader withExtra(Map<String, String> extraContexts) {
        Map<String, Document> documents = new HashMap<>();
        BundledContexts.standard().forEach((url, path) -> documents.put(url, parse(url, ClasspathText.read(path))));
        extraContexts.forEach((url, json) -> documents.put(url, parse(url, json)));
        return new BundledDocumentLoader(documents);
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        Document document = documents.get(url.toString());
        if (document == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    CONTEXT_NOT_BUNDLED + ": the JSON-LD context " + url + " is not bundled with Laurel and is never fetched");
        }
        return document;
    }

    /** Whether {@code url} is served from memory. */
    public boolean knows(String url) {
        return documents.containsKey(url);
    }

    private static Document parse(String url, String json) {
        Assert.hasText(json, () -> "empty context for " + url);
        try {
            JsonDocument document = JsonDocument.of(new StringReader(json));
            document.setDocumentUrl(URI.create(url));
            return document;
        }
        catch (JsonLdError ex) {
            throw new IllegalStateException("Bundled context for " + url + " is not JSON", ex);
        }
    }
}
