package dev.laurel.tool.launch.validation;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;

/**
 * The claims of a verified id_token as Laurel's validators read them: Nimbus has already typed the registered claims
 * ({@code iss}, {@code sub}, {@code jti} strings, {@code aud} a list of strings, {@code exp}, {@code iat},
 * {@code nbf} dates), so only the dates become {@link Instant}s, which {@code Jwt} requires of {@code exp} and
 * {@code iat}. It replaces Spring's {@code MappedJwtClaimSetConverter}, whose conversion service did the same per
 * claim at several times the cost; everything else stays as Nimbus parsed it.
 */
final class LtiClaimSetConverter implements Converter<Map<String, Object>, Map<String, Object>> {

    private static final String[] TIME_CLAIMS = {"exp", "iat", "nbf"};

    @Override
    public Map<String, Object> convert(Map<String, Object> claims) {
        Map<String, Object> converted = new HashMap<>(claims);
        for (String name : TIME_CLAIMS) {
            Object value = converted.get(name);
            if (value instanceof Date date) {
                converted.put(name, date.toInstant());
            }
            else if (value instanceof Number seconds) {
                converted.put(name, Instant.ofEpochSecond(seconds.longValue()));
            }
        }
        return converted;
    }
}
