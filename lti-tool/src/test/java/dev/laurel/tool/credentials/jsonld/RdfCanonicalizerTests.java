package dev.laurel.tool.credentials.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The canonicalizer's caches change nothing in its output: a credential whose issuer, achievement, results and
 * schema were seen before canonicalizes exactly as a canonicalizer that never saw them does.
 */
class RdfCanonicalizerTests {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String BASE_URL = "http://localhost:8080";

    @Test
    void reusesTheIssuerAchievementResultsAndSchemaOfACredentialSeenTwice() throws Exception {
        RdfCanonicalizer canonicalizer = canonicalizer();
        JsonObject credential = laurelCredential();

        String first = canonicalizer.canonicalize(credential);
        assertThat(canonicalizer.reusableNodes()).isZero();
        canonicalizer.canonicalize(credential);

        // issuer, achievement, two results, one schema
        assertThat(canonicalizer.reusableNodes()).isEqualTo(5);
        assertThat(canonicalizer.canonicalize(credential)).isEqualTo(first);
    }

    @Test
    void canonicalizesOtherCredentialsOfTheSameAchievementAsWithoutReuse() throws Exception {
        RdfCanonicalizer warm = canonicalizer();
        warm.canonicalize(laurelCredential());
        warm.canonicalize(laurelCredential());

        for (int sighting = 0; sighting < 2; sighting++) {
            for (JsonObject variant : variants(laurelCredential())) {
                assertThat(warm.canonicalize(variant)).isEqualTo(canonicalizer().canonicalize(variant));
            }
        }
        // and the results at the novice and expert levels of the first criterion
        assertThat(warm.reusableNodes()).isEqualTo(7);
    }

    @Test
    void canonicalizesACredentialWithTwoIdenticalResultsAsWithoutReuse() throws Exception {
        JsonObject credential = laurelCredential();
        JsonObject subject = credential.getJsonObject("credentialSubject");
        JsonObject result = subject.getJsonArray("result").getJsonObject(0);
        JsonObject twice = JSON.createObjectBuilder(credential)
            .add("credentialSubject", JSON.createObjectBuilder(subject).add("result", JSON.createArrayBuilder().add(result).add(result)))
            .build();
        RdfCanonicalizer warm = canonicalizer();
        String fresh = canonicalizer().canonicalize(twice);

        for (int sighting = 0; sighting < 3; sighting++) {
            assertThat(warm.canonicalize(twice)).isEqualTo(fresh);
        }
        assertThat(fresh).contains("_:c14n0").contains("_:c14n5");
    }

    @Test
    void expandsInFullADocumentThatUsesTheIriReservedForReferences() throws Exception {
        JsonObject credential = laurelCredential();
        JsonObject evidence = credential.getJsonArray("evidence").getJsonObject(0);
        JsonObject reserved = JSON.createObjectBuilder(credential)
            .add("evidence", JSON.createArrayBuilder().add(JSON.createObjectBuilder(evidence).add("id", "urn:laurel:recurring-node:stub-0")))
            .build();
        RdfCanonicalizer warm = canonicalizer();
        warm.canonicalize(laurelCredential());
        warm.canonicalize(laurelCredential());

        assertThat(warm.canonicalize(reserved)).isEqualTo(canonicalizer().canonicalize(reserved))
            .contains("<urn:laurel:recurring-node:stub-0>");
    }

    @Test
    void doesNotReuseAnAchievementWhoseTextChanged() throws Exception {
        RdfCanonicalizer warm = canonicalizer();
        warm.canonicalize(laurelCredential());
        warm.canonicalize(laurelCredential());
        JsonObject renamed = withAchievementField(laurelCredential(), "name", JSON.createValue("Data Analysis, renamed"));

        String canonical = warm.canonicalize(renamed);

        assertThat(canonical).isEqualTo(canonicalizer().canonicalize(renamed)).contains("\"Data Analysis, renamed\"");
    }

    /** Results at any levels, repeated or missing, schemas as an object or an array, with or without evidence. */
    @Test
    void canonicalizesRandomCredentialsOfOneAchievementAsWithoutReuse() throws Exception {
        Random random = new Random(20261130);
        RdfCanonicalizer warm = canonicalizer();
        String achievement = BASE_URL + "/achievements/daf-b71d0e14#criterion-";
        String[] levels = {"novice", "proficient", "expert"};
        for (int run = 0; run < 150; run++) {
            JsonObject credential = laurelCredential();
            JsonObject subject = credential.getJsonObject("credentialSubject");
            var results = JSON.createArrayBuilder();
            for (int result = random.nextInt(4); result > 0; result--) {
                String criterion = random.nextBoolean() ? "cleaning" : "visualisation";
                results.add(JSON.createObjectBuilder().add("type", JSON.createArrayBuilder().add("Result"))
                    .add("resultDescription", achievement + criterion)
                    .add("achievedLevel", achievement + criterion + "-level-" + levels[random.nextInt(levels.length)]));
            }
            JsonObject schema = credential.getJsonArray("credentialSchema").getJsonObject(0);
            var variant = JSON.createObjectBuilder(credential)
                .add("id", BASE_URL + "/credentials/random-" + run)
                .add("credentialSubject", JSON.createObjectBuilder(subject).add("result", results))
                .add("credentialSchema", random.nextBoolean() ? (JsonValue) schema : JSON.createArrayBuilder().add(schema).add(schema).build());
            if (random.nextBoolean()) {
                variant.remove("evidence");
            }
            JsonObject document = variant.build();

            assertThat(warm.canonicalize(document)).isEqualTo(canonicalizer().canonicalize(document));
        }
        assertThat(warm.reusableNodes()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void makesNoEntryForNodesSeenOnce() throws Exception {
        RdfCanonicalizer canonicalizer = canonicalizer();

        canonicalizer.canonicalize(laurelCredential());

        assertThat(canonicalizer.reusableNodes()).isZero();
    }

    /** Fixtures with embedded credentials (proofs in named graphs), VC 1.1 contexts and did:key issuers. */
    @ParameterizedTest
    @ValueSource(strings = {"complete.json", "complete_v1.json", "simple.json", "simple_v1.json", "endorsement-valid.json",
            "simple-did-key-method.json", "credential-status-revoked.json"})
    void canonicalizesForeignCredentialsSeenRepeatedlyAsWithoutReuse(String fixture) throws Exception {
        JsonObject document = without(parse(ClasspathText.read("credentials/validator-ob30/" + fixture)), "proof");
        RdfCanonicalizer warm = canonicalizer();
        String fresh = canonicalizer().canonicalize(document);

        for (int sighting = 0; sighting < 3; sighting++) {
            assertThat(warm.canonicalize(document)).isEqualTo(fresh);
        }
    }

    @Test
    void serializesBlankFreeQuadsAsTitaniumRdfcDoes() throws Exception {
        List<Quad> dataset = List.of(
                new Quad("https://a.example/1", "https://v.example/p", "x", "http://www.w3.org/2001/XMLSchema#string", null, null, null),
                new Quad("https://a.example/1", "https://v.example/p", "x", "http://www.w3.org/2001/XMLSchema#string", null, null, null),
                new Quad("_:b0", "https://v.example/q", "https://a.example/1", null, null, null, null),
                new Quad("_:b1", "https://v.example/q", "https://a.example/2", null, null, null, null),
                new Quad("_:b1", "https://v.example/r", "y", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString", "en", null, "_:b0"));
        com.apicatalog.rdf.canon.RdfCanon titanium = com.apicatalog.rdf.canon.RdfCanon.create("SHA-256");
        for (Quad quad : dataset) {
            quad.emit(titanium);
        }
        java.io.StringWriter expected = new java.io.StringWriter();
        titanium.provide(new com.apicatalog.rdf.nquads.NQuadsWriter(expected));

        assertThat(CanonicalNQuads.of(dataset, 1_000)).isEqualTo(expected.toString());
    }

    /**
     * The recurring-node cache key holds the ancestors' {@code type} entries; that suffices because no bundled
     * context makes another term an alias of {@code @type} (or of any other keyword than {@code id}/{@code type}).
     */
    @Test
    void bundledContextsAliasNoKeywordButIdAndType() {
        List<String> aliases = new ArrayList<>();
        BundledContexts.standard().values().forEach(path -> collectAliases(parse(ClasspathText.read(path)).get("@context"), aliases));
        collectAliases(parse(BundledContexts.laurelExtContext(BASE_URL)).get("@context"), aliases);

        assertThat(aliases).isNotEmpty().allMatch(alias -> alias.equals("id=@id") || alias.equals("type=@type"));
    }

    private static void collectAliases(JsonValue context, List<String> aliases) {
        if (context instanceof jakarta.json.JsonArray array) {
            array.forEach(each -> collectAliases(each, aliases));
            return;
        }
        if (!(context instanceof JsonObject object)) {
            return;
        }
        object.forEach((term, definition) -> {
            if (term.startsWith("@")) {
                return;
            }
            String iri = definition instanceof jakarta.json.JsonString string ? string.getString()
                    : definition instanceof JsonObject defined && defined.get("@id") instanceof jakarta.json.JsonString id ? id.getString()
                    : null;
            if (iri != null && iri.startsWith("@")) {
                aliases.add(term + "=" + iri);
            }
            if (definition instanceof JsonObject defined && defined.containsKey("@context")) {
                collectAliases(defined.get("@context"), aliases);
            }
        });
    }

    private static List<JsonObject> variants(JsonObject credential) {
        List<JsonObject> variants = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonObject subject = credential.getJsonObject("credentialSubject");
            JsonObject changedSubject = JSON.createObjectBuilder(subject)
                .add("identifier", JSON.createArrayBuilder().add(JSON.createObjectBuilder(subject.getJsonArray("identifier").getJsonObject(0))
                    .add("salt", "salt-" + i)))
                .add("result", JSON.createArrayBuilder().add(JSON.createObjectBuilder(subject.getJsonArray("result").getJsonObject(0))
                    .add("achievedLevel", BASE_URL + "/achievements/daf-b71d0e14#criterion-cleaning-level-" + (i == 0 ? "novice" : "expert"))))
                .build();
            variants.add(JSON.createObjectBuilder(credential)
                .add("id", BASE_URL + "/credentials/variant-" + i)
                .add("validFrom", "2027-01-0" + (i + 1) + "T00:00:00Z")
                .add("credentialSubject", changedSubject)
                .build());
        }
        return variants;
    }

    private static JsonObject withAchievementField(JsonObject credential, String field, JsonValue value) {
        JsonObject subject = credential.getJsonObject("credentialSubject");
        JsonObject achievement = JSON.createObjectBuilder(subject.getJsonObject("achievement")).add(field, value).build();
        return JSON.createObjectBuilder(credential)
            .add("credentialSubject", JSON.createObjectBuilder(subject).add("achievement", achievement))
            .build();
    }

    private static RdfCanonicalizer canonicalizer() {
        return new RdfCanonicalizer(BundledDocumentLoader.withExtra(Map.of(BundledContexts.laurelExtUrl(BASE_URL),
                BundledContexts.laurelExtContext(BASE_URL))));
    }

    private static JsonObject laurelCredential() {
        return parse(ClasspathText.read("credentials/samples/laurel-credential-unsigned.json"));
    }

    private static JsonObject without(JsonObject object, String key) {
        return JSON.createObjectBuilder(object).remove(key).build();
    }

    private static JsonObject parse(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
