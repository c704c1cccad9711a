package dev.laurel.tool.credentials.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Laurel's canonical N-Quads equal titanium-rdfc's for the whole dataset: the first-degree labelling, the
 * serialization of each quad and the hand-over of tied blank nodes to titanium-rdfc change no byte.
 */
class CanonicalNQuadsTests {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
    private static final String LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

    @Test
    void writesEachQuadAsTitaniumsNQuadsWriterDoes() {
        List<Quad> quads = List.of(
                new Quad("https://a.example/1", "https://v.example/p", "x \"quoted\" \\ back\nline\r\ttab \u0001 é 😀", XSD_STRING, null, null, null),
                new Quad("_:b0", "https://v.example/p", "hello", LANG_STRING, "en-GB", null, "https://g.example/1"),
                new Quad("_:b0", "https://v.example/p", "hello", null, "ar", "rtl", null),
                new Quad("_:b0", "https://v.example/p", "25", "http://www.w3.org/2001/XMLSchema#integer", null, null, "_:g"),
                new Quad("https://a.example/1", "_:p", "_:b1", null, null, null, null),
                new Quad("https://a.example/é?q=1#f", "https://v.example/q", "https://a.example/2", null, null, null, "https://g.example/1"));

        for (Quad quad : quads) {
            assertThat(quad.nquad()).isEqualTo(NQuadsWriter.nquad(quad.subject(), quad.predicate(), quad.object(), quad.datatype(),
                    quad.language(), quad.direction(), quad.graph()));
        }
    }

    /**
     * Random datasets with few labels and values (duplicates and cycles are frequent), half of them made of
     * copies of one random part under other blank node labels (tied first-degree hashes). titanium-rdfc 2.0.0
     * fails on some tied datasets whose blank graph names are also subjects; Laurel fails alike on them.
     */
    @Test
    void canonicalizesRandomDatasetsAsTitaniumRdfcDoes() throws Exception {
        Random random = new Random(20261130);
        int firstDegreeOnly = 0;
        for (int run = 0; run < 2_000; run++) {
            List<Quad> dataset = run % 2 == 0 ? randomDataset(random) : copies(randomDataset(random), 2 + random.nextInt(2));

            assertThat(outcome(() -> CanonicalNQuads.of(dataset, 5_000))).as("dataset %s", dataset)
                .isEqualTo(outcome(() -> titanium(dataset)));
            firstDegreeOnly += FirstDegreeHashes.canonicalLabels(blankQuads(dataset)) != null ? 1 : 0;
        }
        // both paths were taken many times
        assertThat(firstDegreeOnly).isBetween(500, 1_500);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validator-ob30/complete.json", "validator-ob30/complete_v1.json", "validator-ob30/simple.json",
            "validator-ob30/simple_v1.json", "validator-ob30/endorsement-valid.json", "validator-ob30/simple-did-key-method.json",
            "validator-ob30/credential-status-revoked.json", "validator-ob30/simple-multiple-proofs.json",
            "validator-ob30/simple-eddsa-2022.json", "samples/laurel-credential-unsigned.json", "vectors/unsigned.json"})
    void canonicalizesCredentialsAsTitaniumRdfcDoes(String fixture) throws Exception {
        BundledDocumentLoader loader = BundledDocumentLoader.withExtra(Map.of(
                BundledContexts.laurelExtUrl("http://localhost:8080"), BundledContexts.laurelExtContext("http://localhost:8080"),
                "https://www.w3.org/ns/credentials/examples/v2", ClasspathText.read("credentials/vectors/credentials-examples-v2.jsonld")));
        JsonObject document = parse(ClasspathText.read("credentials/" + fixture));
        List<Quad> dataset = new ArrayList<>();
        JsonLd.toRdf(JsonDocument.of(document)).options(new JsonLdOptions(loader))
            .provide((subject, predicate, object, datatype, language, direction, graph) -> {
                dataset.add(new Quad(subject, predicate, object, datatype, language, direction, graph));
                return null;
            });

        String titanium = titanium(dataset);

        assertThat(CanonicalNQuads.of(dataset, 5_000)).isEqualTo(titanium);
        assertThat(new RdfCanonicalizer(loader).canonicalize(document)).isEqualTo(titanium);
    }

    private static List<Quad> randomDataset(Random random) {
        String[] iris = {"https://a.example/1", "https://a.example/2"};
        String[] predicates = {"https://v.example/p", "https://v.example/q"};
        String[] literals = {"x", "y", "\"z\"\n"};
        int blanks = 1 + random.nextInt(6);
        List<Quad> dataset = new ArrayList<>();
        int size = 1 + random.nextInt(12);
        for (int i = 0; i < size; i++) {
            String subject = random.nextInt(3) == 0 ? pick(random, iris) : "_:n" + random.nextInt(blanks);
            String predicate = pick(random, predicates);
            String graph = switch (random.nextInt(8)) {
                case 0 -> "https://g.example/1";
                case 1 -> "_:n" + random.nextInt(blanks);
                default -> null;
            };
            switch (random.nextInt(4)) {
                case 0 -> dataset.add(new Quad(subject, predicate, pick(random, literals), XSD_STRING, null, null, graph));
                case 1 -> dataset.add(new Quad(subject, predicate, pick(random, literals), LANG_STRING, "en", null, graph));
                case 2 -> dataset.add(new Quad(subject, predicate, pick(random, iris), null, null, null, graph));
                default -> dataset.add(new Quad(subject, predicate, "_:n" + random.nextInt(blanks), null, null, null, graph));
            }
            if (random.nextInt(10) == 0) {
                dataset.add(dataset.get(random.nextInt(dataset.size())));
            }
        }
        return dataset;
    }

    /** The canonical form, or the exception that prevented it. */
    private static String outcome(Callable<String> canonicalization) {
        try {
            return canonicalization.call();
        }
        catch (Exception ex) {
            return "fails with " + ex.getClass().getName();
        }
    }

    private static List<Quad> copies(List<Quad> part, int count) {
        List<Quad> dataset = new ArrayList<>();
        for (int copy = 0; copy < count; copy++) {
            String suffix = "c" + copy;
            for (Quad quad : part) {
                dataset.add(new Quad(relabel(quad.subject(), suffix), quad.predicate(),
                        quad.datatype() == null ? relabel(quad.object(), suffix) : quad.object(), quad.datatype(), quad.language(),
                        quad.direction(), relabel(quad.graph(), suffix)));
            }
        }
        return dataset;
    }

    private static String relabel(String term, String suffix) {
        return Quad.isBlank(term) ? term + suffix : term;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static List<Quad> blankQuads(List<Quad> dataset) {
        return dataset.stream().filter(Quad::hasBlankNode).toList();
    }

    /** titanium-rdfc over the whole dataset, written by titanium's N-Quads writer. */
    private static String titanium(List<Quad> dataset) throws Exception {
        RdfCanon canon = RdfCanon.create("SHA-256");
        for (Quad quad : dataset) {
            quad.emit(canon);
        }
        StringWriter out = new StringWriter();
        canon.provide(new NQuadsWriter(out));
        return out.toString();
    }

    private static JsonObject parse(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
