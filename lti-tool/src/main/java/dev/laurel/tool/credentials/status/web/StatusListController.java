package dev.laurel.tool.credentials.status.web;

import dev.laurel.tool.credentials.status.StatusListCredentialPublisher;
import dev.laurel.tool.credentials.status.StatusListLocation;
import dev.laurel.tool.credentials.status.StatusListProperties;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves Laurel's signed status list credentials to any verifier, cacheable for a short while only.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistcredential">Bitstring Status List §2.2</a>
 */
@RestController
class StatusListController {

    private final StatusListCredentialPublisher publisher;
    private final StatusListProperties properties;

    StatusListController(StatusListCredentialPublisher publisher, StatusListProperties properties) {
        this.publisher = publisher;
        this.properties = properties;
    }

    @GetMapping("/status/{issuer}/{purpose}/{listId}")
    ResponseEntity<?> statusList(@PathVariable String issuer, @PathVariable String purpose, @PathVariable String listId) {
        return StatusListLocation.fromPath("/status/" + issuer + "/" + purpose + "/" + listId)
                .flatMap(publisher::publish)
                .<ResponseEntity<?>>map(list -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(list.mediaType()))
                        .cacheControl(CacheControl.maxAge(properties.maxAge()).cachePublic())
                        .eTag("\"" + list.version() + "\"")
                        .header("Access-Control-Allow-Origin", "*")
                        .body(list.body()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("error", "status_list_not_found", "message", "Laurel has no such status list.")));
    }
}
