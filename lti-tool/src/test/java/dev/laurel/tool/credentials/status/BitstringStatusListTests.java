package dev.laurel.tool.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BitstringStatusListTests {

    /** The encodedList of the spec's example BitstringStatusListCredential (§2.2): 131,072 clear statuses. */
    private static final String SPEC_EXAMPLE = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

    @Test
    void decodesTheSpecExampleToTheMinimumSizeWithNothingSet() {
        BitstringStatusList list = BitstringStatusList.decode(SPEC_EXAMPLE);

        assertThat(list.size()).isEqualTo(131_072);
        assertThat(list).isEqualTo(BitstringStatusList.empty(131_072));
    }

    @Test
    void roundTripsSetBitsThroughTheEncoding() {
        BitstringStatusList list = BitstringStatusList.withSet(131_072, List.of(0, 7, 8, 94_567, 131_071));

        BitstringStatusList decoded = BitstringStatusList.decode(list.encode());

        assertThat(decoded).isEqualTo(list);
        assertThat(decoded.get(94_567)).isTrue();
        assertThat(decoded.get(94_566)).isFalse();
        assertThat(list.encode()).startsWith("uH4sI");
    }

    @Test
    void firstIndexIsTheLeftMostBitOfTheFirstByte() throws Exception {
        byte[] bits = new byte[16_384];
        bits[0] = (byte) 0b1000_0001;
        BitstringStatusList list = BitstringStatusList.decode("u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(bits)));

        assertThat(list.get(0)).isTrue();
        assertThat(list.get(7)).isTrue();
        assertThat(list.get(1)).isFalse();
        assertThat(list.with(0, false).with(7, false)).isEqualTo(BitstringStatusList.empty(131_072));
    }

    @Test
    void rejectsAListWithoutTheMultibasePrefix() {
        assertThatThrownBy(() -> BitstringStatusList.decode(SPEC_EXAMPLE.substring(1)))
                .isInstanceOfSatisfying(StatusListException.class, ex -> assertThat(ex.code()).isEqualTo("status_list_encoding_invalid"));
    }

    @Test
    void rejectsADecompressionBomb() throws Exception {
        byte[] bomb = gzip(new byte[BitstringStatusList.MAXIMUM_DECODED_BYTES + 8192]);
        String encoded = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(bomb);

        assertThat(bomb.length).isLessThan(100_000);
        assertThatThrownBy(() -> BitstringStatusList.decode(encoded))
                .isInstanceOfSatisfying(StatusListException.class, ex -> assertThat(ex.code()).isEqualTo("status_list_too_large"));
    }

    @Test
    void decoderReadsTheSpecExampleCredential() {
        JsonNode credential = JsonMapper.builder().build().readTree("""
                {"@context": ["https://www.w3.org/ns/credentials/v2"],
                 "id": "https://example.com/credentials/status/3",
                 "type": ["VerifiableCredential", "BitstringStatusListCredential"],
                 "issuer": "did:example:12345",
                 "validFrom": "2021-04-05T14:27:40Z",
                 "credentialSubject": {"id": "https://example.com/status/3#list", "type": "BitstringStatusList",
                   "statusPurpose": "revocation", "encodedList": "%s"}}
                """.formatted(SPEC_EXAMPLE));

        BitstringStatusListCredentialDecoder.DecodedStatusList decoded = BitstringStatusListCredentialDecoder.decode(credential);

        assertThat(decoded.id()).isEqualTo("https://example.com/credentials/status/3");
        assertThat(decoded.issuerId()).isEqualTo("did:example:12345");
        assertThat(decoded.statusPurposes()).containsExactly("revocation");
        assertThat(decoded.isSet("94567")).isFalse();
        assertThatThrownBy(() -> decoded.isSet("131072"))
                .isInstanceOfSatisfying(StatusListException.class, ex -> assertThat(ex.code()).isEqualTo("status_list_index_invalid"));
    }

    @Test
    void decoderRejectsOtherCredentialsAndShortLists() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        assertThatThrownBy(() -> BitstringStatusListCredentialDecoder.decode(json.readTree("{\"type\":[\"VerifiableCredential\"]}")))
                .isInstanceOfSatisfying(StatusListException.class, ex -> assertThat(ex.code()).isEqualTo("not_a_status_list_credential"));
        String shortList = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(new byte[1024]));
        JsonNode credential = json.readTree("""
                {"type":["VerifiableCredential","BitstringStatusListCredential"],
                 "credentialSubject":{"type":"BitstringStatusList","statusPurpose":"revocation","encodedList":"%s"}}
                """.formatted(shortList));
        assertThatThrownBy(() -> BitstringStatusListCredentialDecoder.decode(credential))
                .isInstanceOfSatisfying(StatusListException.class, ex -> assertThat(ex.code()).isEqualTo("status_list_too_short"));
    }

    private static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }
}
