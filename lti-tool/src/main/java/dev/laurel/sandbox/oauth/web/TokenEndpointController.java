package dev.laurel.sandbox.oauth.web;

import dev.laurel.sandbox.oauth.TokenRequestRejectedException;
import dev.laurel.sandbox.oauth.TokenService;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /oauth2/token}: RFC 6749 §5 responses as JSON, never cached. */
@RestController
class TokenEndpointController {

    private final TokenService tokens;

    TokenEndpointController(TokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping(path = "/oauth2/token", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> token(@RequestParam MultiValueMap<String, String> form) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header(HttpHeaders.PRAGMA, "no-cache")
                .body(tokens.grant(form.toSingleValueMap()));
    }

    @ExceptionHandler(TokenRequestRejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(TokenRequestRejectedException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.error());
        body.put("error_description", e.getMessage());
        return ResponseEntity.status(e.status()).cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
