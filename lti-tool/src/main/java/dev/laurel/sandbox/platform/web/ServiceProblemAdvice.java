package dev.laurel.sandbox.platform.web;

import dev.laurel.sandbox.platform.ServiceProblem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Answers refused LTI service requests as JSON with the specific code (RFC 6750 §3 for token problems). */
@RestControllerAdvice(basePackages = {"dev.laurel.sandbox.ags", "dev.laurel.sandbox.nrps", "dev.laurel.sandbox.course"})
class ServiceProblemAdvice {

    @ExceptionHandler(ServiceProblem.class)
    ResponseEntity<Map<String, Object>> problem(ServiceProblem e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.code());
        body.put("error_description", e.getMessage());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON);
        if (e.status() == 401 || e.status() == 403) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"" + e.code() + "\"");
        }
        return response.body(body);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return problem(new ServiceProblem(400, "invalid_request", "body_not_json: the body must be a JSON object"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> badParameter(MethodArgumentTypeMismatchException e) {
        return problem(new ServiceProblem(400, "invalid_request", "parameter_invalid: " + e.getName() + " is not valid"));
    }
}
