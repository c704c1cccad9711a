package dev.laurel.sandbox.registration.web;

import dev.laurel.sandbox.registration.DynamicRegistrationService;
import dev.laurel.sandbox.registration.RegistrationRejectedException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * The registration endpoint a tool POSTs its client metadata to, with the registration token as bearer
 * (<a href="https://www.imsglobal.org/spec/lti-dr/v1p0#tool-registration-request">Dynamic Registration §3.5</a>).
 */
@RestController
class RegistrationController {

    private final DynamicRegistrationService registration;

    RegistrationController(DynamicRegistrationService registration) {
        this.registration = registration;
    }

    @PostMapping(path = "/lti/registration", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> register(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody Map<String, Object> request) {
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
        return registration.register(token, request);
    }

    @ExceptionHandler(RegistrationRejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(RegistrationRejectedException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.error());
        body.put("error_description", e.getMessage());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON);
        if (e.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        }
        return response.body(body);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("error",
                "invalid_client_metadata", "error_description", "request_not_json: the body must be a JSON object"));
    }
}
