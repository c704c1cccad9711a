package dev.laurel.tool.launch;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.oauth2.jwt.Jwt;

/** Tolerant readers of LTI claims: a claim of the wrong JSON type reads as absent, never as an exception. */
public final class LtiJwtClaims {

    private LtiJwtClaims() {
    }

    /** A string claim, or {@code null} when absent, blank or not a string. */
    public static String string(Jwt jwt, String name) {
        Object value = jwt.getClaims().get(name);
        return value instanceof String text && !text.isBlank() ? text : null;
    }

    /** A JSON-object claim, or empty. */
    @SuppressWarnings("unchecked")
    public static Optional<Map<String, Object>> object(Jwt jwt, String name) {
        Object value = jwt.getClaims().get(name);
        return value instanceof Map<?, ?> map ? Optional.of((Map<String, Object>) map) : Optional.empty();
    }

    /** A string member of a JSON-object claim, or {@code null}. */
    public static String member(Jwt jwt, String claim, String member) {
        return object(jwt, claim).map(map -> map.get(member))
                .filter(String.class::isInstance).map(String.class::cast)
                .filter(text -> !text.isBlank()).orElse(null);
    }

    /** A string-array claim (non-strings skipped), or an empty list. */
    public static List<String> strings(Object value) {
        if (value instanceof Collection<?> items) {
            return items.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }

    /** The {@code message_type} claim, or {@code null}. */
    public static String messageType(Jwt jwt) {
        return string(jwt, LtiClaims.MESSAGE_TYPE);
    }
}
