package dev.laurel.tool.credentials.verification;

import dev.laurel.tool.credentials.PresentedCredential;
import dev.laurel.tool.credentials.VerificationCheck;
import dev.laurel.tool.credentials.VerificationStep;
import dev.laurel.tool.credentials.VerificationStep.Outcome;
import dev.laurel.tool.credentials.document.XsdDateTime;
import com.nimbusds.jose.JWSObject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Checks the validity period: {@code validFrom} / {@code validUntil} (VC 2.0), {@code issuanceDate} /
 * {@code expirationDate} (VC 1.1), and a VC-JWT's {@code nbf} / {@code exp}, with 60 s of clock skew.
 *
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/#validity-period">VC Data Model 2.0 §4.9 Validity Period</a>
 */
@Component
@Order(40)
public class ValidityCheck implements VerificationCheck {

    public static final String NAME = "validity";
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final Clock clock;

    public ValidityCheck(Clock clock) {
        this.clock = clock;
    }

    @Override
    public VerificationStep verify(PresentedCredential credential) {
        Instant now = clock.instant();
        JsonNode document = credential.document();
        Map<String, Object> jwtClaims = credential.isJwt() ? jwtClaims(credential.compactJwt()) : Map.of();
        for (String field : new String[] {"validFrom", "issuanceDate"}) {
            if (document.has(field)) {
                Optional<Instant> from = XsdDateTime.parse(document.path(field).asString(null));
                if (from.isEmpty()) {
                    return failed("invalid_date", field + " is not a date-time with a time zone.");
                }
                if (from.get().isAfter(now.plus(CLOCK_SKEW))) {
                    return failed("not_yet_valid", "The credential is not valid before " + from.get() + " (" + field + ").");
                }
            }
        }
        for (String field : new String[] {"validUntil", "expirationDate"}) {
            if (document.has(field)) {
                Optional<Instant> until = XsdDateTime.parse(document.path(field).asString(null));
                if (until.isEmpty()) {
                    return failed("invalid_date", field + " is not a date-time with a time zone.");
                }
                if (until.get().isBefore(now.minus(CLOCK_SKEW))) {
                    return failed("expired", "The credential expired at " + until.get() + " (" + field + ").");
                }
            }
        }
        // RFC 7519 §4.1.5 nbf and §4.1.4 exp
        if (jwtClaims.get("nbf") instanceof Number nbf && Instant.ofEpochSecond(nbf.longValue()).isAfter(now.plus(CLOCK_SKEW))) {
            return failed("not_yet_valid", "The JWT is not valid before " + Instant.ofEpochSecond(nbf.longValue()) + " (nbf).");
        }
        if (jwtClaims.get("exp") instanceof Number exp && Instant.ofEpochSecond(exp.longValue()).isBefore(now.minus(CLOCK_SKEW))) {
            return failed("expired", "The JWT expired at " + Instant.ofEpochSecond(exp.longValue()) + " (exp).");
        }
        return new VerificationStep(NAME, Outcome.PASSED, "The credential is within its validity period.");
    }

    private static Map<String, Object> jwtClaims(String compact) {
        try {
            Map<String, Object> claims = JWSObject.parse(compact).getPayload().toJSONObject();
            return claims == null ? Map.of() : claims;
        }
        catch (ParseException ex) {
            return Map.of();
        }
    }

    private static VerificationStep failed(String code, String message) {
        return new VerificationStep(NAME, Outcome.FAILED, code + ": " + message);
    }
}
