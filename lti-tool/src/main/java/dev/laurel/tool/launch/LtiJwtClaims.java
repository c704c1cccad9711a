package dev.laurel.tool.launch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Tolerant readers of LTI claims: a claim of the wrong JSON type reads as absent, never as an exception. They read
 * the claims as the decoder left them ({@code LtiClaimSetConverter}), without the conversion service behind
 * {@code Jwt}'s own accessors.
 */
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
        return jwt.getClaims().get(claim) instanceof Map<?, ?> map && map.get(member) instanceof String text
                && !text.isBlank() ? text : null;
    }

    /** A string-array claim (non-strings skipped), or an empty list. */
    public static List<String> strings(Object value) {
        if (!(value instanceof Collection<?> items)) {
            return List.of();
        }
        List<String> strings = new ArrayList<>(items.size());
        for (Object item : items) {
            if (item instanceof String text) {
                strings.add(text);
            }
        }
        return Collections.unmodifiableList(strings);
    }

    /** The {@code aud} claim as a list (one audience or several), or {@code null} when absent. */
    public static List<String> audience(Jwt jwt) {
        Object value = jwt.getClaims().get("aud");
        if (value instanceof String one) {
            return List.of(one);
        }
        return value instanceof Collection<?> ? strings(value) : null;
    }

    /** A time claim ({@code exp}, {@code iat}, {@code nbf}), or {@code null} when absent. */
    public static Instant instant(Jwt jwt, String name) {
        return jwt.getClaims().get(name) instanceof Instant instant ? instant : null;
    }

    /** The {@code message_type} claim, or {@code null}. */
    public static String messageType(Jwt jwt) {
        return string(jwt, LtiClaims.MESSAGE_TYPE);
    }
}
