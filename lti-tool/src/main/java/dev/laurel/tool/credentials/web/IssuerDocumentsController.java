package dev.laurel.tool.credentials.web;

import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.credentials.document.OpenBadgeDocuments;
import dev.laurel.tool.credentials.issuer.ControllerDocuments;
import dev.laurel.tool.credentials.issuer.IssuerDirectory;
import dev.laurel.tool.credentials.issuer.IssuerKeyStore;
import dev.laurel.tool.credentials.issuer.IssuerProfile;
import dev.laurel.tool.credentials.issuer.KeyAlgorithm;
import dev.laurel.tool.credentials.issuer.PublishedKey;
import dev.laurel.tool.credentials.jsonld.BundledContexts;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issuer discovery: the issuer {@code Profile} at its id URL, which is also the controller document of its
 * keys ({@code assertionMethod}); each key at its own URL; a JWKS; and {@code did:web} documents.
 */
@RestController
class IssuerDocumentsController {

    private final IssuerDirectory directory;
    private final IssuerKeyStore keys;
    private final OpenBadgeDocuments documents;
    private final ControllerDocuments controllers;
    private final LaurelProperties laurel;

    IssuerDocumentsController(IssuerDirectory directory, IssuerKeyStore keys, OpenBadgeDocuments documents,
            ControllerDocuments controllers, LaurelProperties laurel) {
        this.directory = directory;
        this.keys = keys;
        this.documents = documents;
        this.controllers = controllers;
        this.laurel = laurel;
    }

    @GetMapping(path = "/issuers/{slug}", produces = {MediaType.APPLICATION_JSON_VALUE, "application/ld+json"})
    ResponseEntity<ObjectNode> profile(@PathVariable String slug) {
        return directory.find(slug).map(issuer -> {
            ObjectNode profile = documents.profile(issuer);
            ObjectNode document = profile.objectNode();
            document.putArray("@context").add(BundledContexts.VC_V2).add(BundledContexts.OB_V3P0_3_0_3)
                .add(ControllerDocuments.MULTIKEY_CONTEXT).add(ControllerDocuments.JWK_CONTEXT);
            document.setAll(profile);
            controllers.addVerificationMethods(document, issuer.id(), keys.publishedKeys(issuer), false);
            return ResponseEntity.ok(document);
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(path = "/issuers/{slug}/keys/{keyId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> key(@PathVariable String slug, @PathVariable String keyId) {
        return directory.find(slug).flatMap(issuer -> keys.publishedKeys(issuer).stream()
                .filter(key -> key.keyId().equals(keyId)).findFirst()
                .map(key -> ResponseEntity.<Object>ok(keyDocument(issuer, key))))
            .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The emblem of an issuer without an image of its own: its initial in a laurel-green disc. */
    @GetMapping(path = "/issuers/{slug}/image.svg", produces = "image/svg+xml")
    ResponseEntity<String> image(@PathVariable String slug) {
        return directory.find(slug).map(issuer -> {
            String initial = HtmlUtils.htmlEscape(issuer.name().substring(0, 1).toUpperCase(java.util.Locale.ROOT));
            return ResponseEntity.ok("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"128\" height=\"128\" viewBox=\"0 0 128 128\">"
                    + "<circle cx=\"64\" cy=\"64\" r=\"60\" fill=\"#2f6b3a\"/>"
                    + "<text x=\"64\" y=\"84\" font-family=\"sans-serif\" font-size=\"60\" text-anchor=\"middle\" fill=\"#fff\">"
                    + initial + "</text></svg>");
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(path = "/issuers/{slug}/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> jwks(@PathVariable String slug) {
        return directory.find(slug).map(issuer -> ResponseEntity.ok(controllers.jwks(keys.publishedKeys(issuer))))
            .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(path = "/issuers/{slug}/did.json", produces = {"application/did+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ObjectNode> didDocument(@PathVariable String slug) {
        return directory.find(slug).map(issuer -> ResponseEntity.ok(controllers.didDocument(
                ControllerDocuments.didWeb(issuer.id()), issuer, keys.publishedKeys(issuer))))
            .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(path = "/.well-known/did.json", produces = {"application/did+json", MediaType.APPLICATION_JSON_VALUE})
    ObjectNode instanceDidDocument() {
        IssuerProfile issuer = directory.defaultIssuer();
        return controllers.didDocument(ControllerDocuments.didWeb(laurel.baseUrl()), issuer, keys.publishedKeys(issuer));
    }

    /** RSA and EC keys as their public JWK ({@code kid} the key URL); Ed25519 keys as a Multikey document. */
    private Object keyDocument(IssuerProfile issuer, PublishedKey key) {
        if (key.algorithm() == KeyAlgorithm.ED25519) {
            ObjectNode multikey = controllers.verificationMethod(key.url(), issuer.id(), key);
            ObjectNode document = multikey.objectNode();
            document.put("@context", ControllerDocuments.MULTIKEY_CONTEXT);
            document.setAll(multikey);
            return document;
        }
        return controllers.jwks(List.of(key)).get("keys").get(0);
    }
}
