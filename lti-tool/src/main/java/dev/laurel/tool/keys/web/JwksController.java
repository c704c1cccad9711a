package dev.laurel.tool.keys.web;

import dev.laurel.tool.keys.ToolKeys;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishes the tool's public keys (next, current, recently retired) for platforms to verify Laurel's JWTs.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-management">Security Framework §6.3 JWK Set</a>
 */
@RestController
class JwksController {

    static final String PATH = "/.well-known/jwks.json";
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final ToolKeys keys;

    JwksController(ToolKeys keys) {
        this.keys = keys;
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic())
                .body(keys.publicJwkSet().toJSONObject(true));
    }
}
