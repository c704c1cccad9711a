package dev.laurel.tool.credentials.issuer;

import com.nimbusds.jose.jwk.OctetKeyPair;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How an issuer's keys are published: as verification methods controlled by the issuer (listed under
 * {@code assertionMethod}), as a {@code did:web} document, and as a JWKS.
 *
 * @see <a href="https://www.w3.org/TR/controller-document/#verification-methods">Controlled Identifiers §2.2 Verification Methods</a>
 * @see <a href="https://w3c-ccg.github.io/did-method-web/#create-register">did:web §3.2</a>
 */
@Component
public class ControllerDocuments {

    public static final String MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1";
    public static final String JWK_CONTEXT = "https://w3id.org/security/jwk/v1";
    public static final String DID_CONTEXT = "https://www.w3.org/ns/did/v1";

    private final JsonMapper mapper;

    public ControllerDocuments(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** Adds {@code verificationMethod} and {@code assertionMethod} to {@code document}; methods are controlled by {@code controller}. */
    public void addVerificationMethods(ObjectNode document, String controller, List<PublishedKey> keys, boolean didFragments) {
        ArrayNode methods = document.putArray("verificationMethod");
        ArrayNode assertion = document.putArray("assertionMethod");
        for (PublishedKey key : keys) {
            String id = didFragments ? controller + "#" + key.keyId() : key.url();
            methods.add(verificationMethod(id, controller, key));
            assertion.add(id);
        }
    }

    /** One key as a {@code Multikey} (Ed25519) or {@code JsonWebKey} (RSA, EC) verification method. */
    public ObjectNode verificationMethod(String id, String controller, PublishedKey key) {
        ObjectNode method = mapper.createObjectNode();
        method.put("id", id);
        if (key.algorithm() == KeyAlgorithm.ED25519) {
            method.put("type", "Multikey");
            method.put("controller", controller);
            method.put("publicKeyMultibase", Multikey.encodeEd25519Public(((OctetKeyPair) key.publicJwk()).getDecodedX()));
        }
        else {
            method.put("type", "JsonWebKey");
            method.put("controller", controller);
            method.set("publicKeyJwk", mapper.valueToTree(key.publicJwk().toJSONObject()));
        }
        return method;
    }

    /** The {@code did:web} DID for a URL: host (port percent-encoded) and path segments joined by colons. */
    public static String didWeb(String url) {
        URI uri = URI.create(url);
        String host = uri.getHost() + (uri.getPort() > 0 ? "%3A" + uri.getPort() : "");
        String path = uri.getPath() == null || uri.getPath().isEmpty() || "/".equals(uri.getPath()) ? ""
                : uri.getPath().replaceAll("/+$", "").replace('/', ':');
        return "did:web:" + host + path;
    }

    /** The DID document of {@code did}, naming the issuer profile it also is. */
    public ObjectNode didDocument(String did, IssuerProfile issuer, List<PublishedKey> keys) {
        ObjectNode document = mapper.createObjectNode();
        document.putArray("@context").add(DID_CONTEXT).add(MULTIKEY_CONTEXT).add(JWK_CONTEXT);
        document.put("id", did);
        document.putArray("alsoKnownAs").add(issuer.id());
        addVerificationMethods(document, did, keys, true);
        return document;
    }

    /** The issuer's public keys as a JWK Set, each {@code kid} set to the key's URL. */
    public ObjectNode jwks(List<PublishedKey> keys) {
        ObjectNode set = mapper.createObjectNode();
        ArrayNode array = set.putArray("keys");
        for (PublishedKey key : keys) {
            Map<String, Object> jwk = new java.util.LinkedHashMap<>(key.publicJwk().toJSONObject());
            jwk.put("kid", key.url());
            jwk.put("use", "sig");
            array.add(mapper.valueToTree(jwk));
        }
        return set;
    }
}
