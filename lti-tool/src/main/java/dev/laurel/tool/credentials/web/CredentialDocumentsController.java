package dev.laurel.tool.credentials.web;

import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.issuing.IssuedCredentialStore;
import dev.laurel.tool.credentials.issuing.PublishedAchievements;
import dev.laurel.tool.credentials.jsonld.BundledContexts;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Credentials, achievements and Laurel's extension context at their public URLs. */
@RestController
class CredentialDocumentsController {

    private final IssuedCredentialStore credentials;
    private final PublishedAchievements achievements;
    private final JsonMapper mapper;
    private final String extensionContext;

    CredentialDocumentsController(IssuedCredentialStore credentials, PublishedAchievements achievements,
            JsonMapper mapper, LaurelProperties laurel) {
        this.credentials = credentials;
        this.achievements = achievements;
        this.mapper = mapper;
        this.extensionContext = BundledContexts.laurelExtContext(laurel.baseUrl());
    }

    @GetMapping("/credentials/{uuid}")
    ResponseEntity<String> credential(@PathVariable String uuid) {
        UUID parsed;
        try {
            parsed = UUID.fromString(uuid);
        }
        catch (IllegalArgumentException ex) {
            return ResponseEntity.notFound().build();
        }
        return credentials.find(parsed).map(CredentialDocumentsController::asResponse)
            .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(path = "/achievements/{key}", produces = {MediaType.APPLICATION_JSON_VALUE, "application/ld+json"})
    ResponseEntity<ObjectNode> achievement(@PathVariable String key) {
        return achievements.find(key).map(json -> {
            ObjectNode document = mapper.createObjectNode();
            document.putArray("@context").add(BundledContexts.VC_V2).add(BundledContexts.OB_V3P0_3_0_3);
            document.setAll((ObjectNode) mapper.readTree(json));
            return ResponseEntity.ok(document);
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(path = BundledContexts.LAUREL_EXT_PATH, produces = "application/ld+json")
    String extensionContext() {
        return extensionContext;
    }

    private static ResponseEntity<String> asResponse(IssuedCredential credential) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(credential.mediaType())).body(credential.serialized());
    }
}
