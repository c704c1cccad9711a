package dev.laurel.tool.credentials.jsonld;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which bundled file answers which context URL. The OB 3.0.3 URL maps to the 1EdTech validator's copy (a
 * superset with {@code jti} and {@code endorsementJwt}), as {@code DESIGN.md} decides.
 */
public final class BundledContexts {

    public static final String VC_V1 = "https://www.w3.org/2018/credentials/v1";
    public static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_V3P0_3_0_3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2";
    public static final String MULTIKEY_V1 = "https://w3id.org/security/multikey/v1";
    public static final String JWK_V1 = "https://w3id.org/security/jwk/v1";
    public static final String DID_V1 = "https://www.w3.org/ns/did/v1";
    public static final String BITSTRING_STATUS_LIST_V1 = "https://www.w3.org/ns/credentials/status/v1";

    /** The path under {@code laurel.public-url} where Laurel's own extension context is served. */
    public static final String LAUREL_EXT_PATH = "/contexts/laurel-ext-v1.jsonld";

    private static final String BASE_PLACEHOLDER = "{{laurel.public-url}}";

    private BundledContexts() {
    }

    /** Context URL to classpath resource, for the contexts every deployment serves the same. */
    static Map<String, String> standard() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(VC_V1, "credentials/contexts/credentials-v1.jsonld");
        map.put(VC_V2, "credentials/contexts/credentials-v2.jsonld");
        map.put("https://purl.imsglobal.org/spec/ob/v3p0/context.json", "credentials/contexts/context.json");
        map.put("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json", "credentials/contexts/context-3.0.1.json");
        map.put("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json", "credentials/contexts/context-3.0.2.json");
        map.put(OB_V3P0_3_0_3, "credentials/contexts/ob-v3p0-3.0.3.json");
        map.put("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json", "credentials/contexts/extensions.json");
        map.put("https://w3id.org/security/data-integrity/v1", "credentials/contexts/data-integrity-v1.jsonld");
        map.put(DATA_INTEGRITY_V2, "credentials/contexts/data-integrity-v2.jsonld");
        map.put(MULTIKEY_V1, "credentials/contexts/multikey-v1.jsonld");
        map.put(JWK_V1, "credentials/contexts/jwk-v1.jsonld");
        map.put(DID_V1, "credentials/contexts/did-v1.jsonld");
        map.put("https://w3id.org/security/suites/ed25519-2020/v1", "credentials/contexts/ed25519-signature-2020-v1.jsonld");
        map.put(BITSTRING_STATUS_LIST_V1, "credentials/contexts/vc-bitstring-status-list-v1.jsonld");
        return map;
    }

    /** The URL of Laurel's extension context ({@code ext:} terms for EU micro-credential elements). */
    public static String laurelExtUrl(String baseUrl) {
        return baseUrl + LAUREL_EXT_PATH;
    }

    /** The extension context's text for this deployment: its {@code ext:} namespace is the context URL plus {@code #}. */
    public static String laurelExtContext(String baseUrl) {
        return ClasspathText.read("credentials/contexts/laurel-ext-v1.jsonld").replace(BASE_PLACEHOLDER, baseUrl);
    }
}
