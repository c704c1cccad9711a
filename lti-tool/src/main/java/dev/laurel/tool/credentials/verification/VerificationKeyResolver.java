package dev.laurel.tool.credentials.verification;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWK;
import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.credentials.PresentedCredential;
import dev.laurel.tool.credentials.issuer.IssuerKeyStore;
import dev.laurel.tool.credentials.issuer.Multikey;
import dev.laurel.tool.credentials.issuer.VerificationKey;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Resolves the key of a presented credential without any network access: Laurel's own issuer keys, a
 * {@code jwk} JOSE header, or a {@code did:key}. Anything else (https controller documents, {@code did:web},
 * other DID methods) is reported as not resolvable offline; nothing is guessed.
 *
 * @see <a href="https://www.w3.org/TR/vc-data-integrity/#retrieve-verification-method">Data Integrity §4.7 Retrieve Verification Method</a>
 */
@Component
public class VerificationKeyResolver {

    /** How every base58btc Multikey of an Ed25519 public key begins (multicodec 0xed01). */
    static final String ED25519_MULTIKEY_PREFIX = "z6Mk";

    private final IssuerKeyStore keys;
    private final String laurelIssuersPrefix;

    public VerificationKeyResolver(IssuerKeyStore keys, LaurelProperties laurel) {
        this.keys = keys;
        this.laurelIssuersPrefix = laurel.baseUrl() + "/issuers/";
    }

    public KeyResolution resolve(PresentedCredential credential) {
        return credential.isJwt() ? resolveJwt(credential.compactJwt()) : resolveEmbedded(credential.document());
    }

    private KeyResolution resolveJwt(String compact) {
        JWSHeader header;
        try {
            header = JWSObject.parse(compact).getHeader();
        }
        catch (ParseException ex) {
            return KeyResolution.failed(null, "malformed_jwt", "The JWT header cannot be read.");
        }
        JWK jwk = header.getJWK();
        if (jwk != null) {
            // RFC 7515 §4.1.3: the key is carried in the header itself (self-asserted, not bound to the issuer)
            if (jwk.isPrivate()) {
                return KeyResolution.failed("jwk", "jwk_header_private", "The jwk header must not contain a private key.");
            }
            return KeyResolution.resolved(new VerificationKey(header.getKeyID() != null ? header.getKeyID() : "jwk", null, jwk),
                    "jwk", false, "key taken from the jwk JOSE header (self-asserted)");
        }
        if (header.getKeyID() == null) {
            return KeyResolution.unresolvable(null, "the JWT names no kid and carries no jwk header");
        }
        return resolveReference(header.getKeyID());
    }

    private KeyResolution resolveEmbedded(JsonNode document) {
        Optional<JsonNode> proof = EmbeddedProofs.selected(document);
        if (proof.isEmpty()) {
            return KeyResolution.failed(null, "proof_missing", "The credential has no proof, so no key to resolve.");
        }
        JsonNode method = proof.get().path("verificationMethod");
        String reference = method.isString() ? method.asString() : method.path("id").asString(null);
        if (reference == null || reference.isBlank()) {
            return KeyResolution.failed(null, "verification_method_missing", "The proof names no verificationMethod.");
        }
        return resolveReference(reference);
    }

    /** Resolves a {@code kid} or {@code verificationMethod} URL. */
    KeyResolution resolveReference(String reference) {
        if (reference.startsWith(laurelIssuersPrefix)) {
            return keys.findByUrl(reference)
                .map(key -> KeyResolution.resolved(key, reference, true, "Laurel issuer key " + reference))
                .orElseGet(() -> KeyResolution.failed(reference, "unknown_laurel_key",
                        "No Laurel issuer key is published at " + reference + "."));
        }
        URI uri;
        try {
            uri = new URI(reference);
        }
        catch (URISyntaxException ex) {
            return KeyResolution.failed(reference, "verification_method_invalid", "The key reference is not a URL: " + reference);
        }
        if (uri.getScheme() == null) {
            // Data Integrity §2.1: verificationMethod is a URL; without a scheme it names nothing
            return KeyResolution.failed(reference, "verification_method_invalid", "The key reference has no URL scheme: " + reference);
        }
        String fragment = uri.getRawFragment();
        VerificationKey namedKey = null;
        if (fragment != null && fragment.startsWith(ED25519_MULTIKEY_PREFIX)) {
            try {
                namedKey = VerificationKey.ed25519(reference, null, Multikey.decodeEd25519Public(fragment));
            }
            catch (IllegalArgumentException ex) {
                // Controlled Identifiers §2.2.2 Multikey: an Ed25519 public key encodes as z6Mk…; this one is corrupt
                return KeyResolution.failed(reference, "verification_method_invalid", "The key reference's fragment "
                        + fragment + " has the form of an Ed25519 Multikey (z6Mk…) but does not decode to an Ed25519 public key.");
            }
        }
        return switch (uri.getScheme()) {
            case "did" -> resolveDid(reference, namedKey);
            case "http", "https" -> KeyResolution.unresolvable(reference, "the key is published at " + reference
                    + ", which Laurel does not fetch", namedKey);
            default -> KeyResolution.failed(reference, "verification_method_unsupported_scheme",
                    "Unsupported key reference scheme '" + uri.getScheme() + "'.");
        };
    }

    private KeyResolution resolveDid(String reference, VerificationKey namedKey) {
        int hash = reference.indexOf('#');
        String did = hash < 0 ? reference : reference.substring(0, hash);
        if (did.startsWith("did:key:")) {
            // did:key §3.1.2: the method-specific id is the Multikey itself
            String multibase = did.substring("did:key:".length());
            try {
                return KeyResolution.resolved(VerificationKey.ed25519(reference, null, Multikey.decodeEd25519Public(multibase)),
                        reference, false, "did:key (self-certifying, not bound to the issuer profile)");
            }
            catch (IllegalArgumentException ex) {
                return KeyResolution.failed(reference, "did_key_invalid", "The did:key is not an Ed25519 Multikey.");
            }
        }
        if (did.startsWith("did:web:")) {
            return KeyResolution.unresolvable(reference, "did:web documents are not fetched", namedKey);
        }
        if (hash < 0) {
            // Controlled Identifiers §2.2: a verification method is identified by a DID URL with a fragment
            return KeyResolution.failed(reference, "verification_method_invalid",
                    "The key reference " + reference + " names a DID, not a verification method inside it.");
        }
        return KeyResolution.unresolvable(reference, "the DID method of " + did + " is not resolvable offline");
    }
}
