package dev.laurel.tool.launch.validation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import dev.laurel.tool.launch.LtiLaunchError;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * {@code exp} is present and not past, allowing {@link #CLOCK_SKEW} ({@code token_expired}).
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">Security Framework §5.1.3 step 7</a>
 */
public final class LtiExpirationValidator implements OAuth2TokenValidator<Jwt> {

    /** The clock skew allowed on {@code exp}, {@code nbf} and {@code iat} ({@code DESIGN.md}). */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final Clock clock;

    public LtiExpirationValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        // Security Framework §5.1.3 (7): the current time MUST be before exp (60 s skew, DESIGN.md)
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null || clock.instant().minus(CLOCK_SKEW).isAfter(expiresAt)) {
            return LtiLaunchError.TOKEN_EXPIRED.failure();
        }
        return OAuth2TokenValidatorResult.success();
    }
}
