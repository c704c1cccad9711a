package dev.laurel.tool.launch.validation;

import java.time.Clock;
import java.time.Instant;
import dev.laurel.tool.launch.LtiLaunchError;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * {@code iat} is present and not in the future beyond the clock skew ({@code iat_in_future}).
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">Security Framework §5.1.3 step 8</a>
 */
public final class LtiIssuedAtValidator implements OAuth2TokenValidator<Jwt> {

    private final Clock clock;

    public LtiIssuedAtValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        // Security Framework §5.1.3 (8): iat is required; a token issued in the future is rejected (60 s skew)
        Instant issuedAt = jwt.getIssuedAt();
        if (issuedAt == null || issuedAt.isAfter(clock.instant().plus(LtiExpirationValidator.CLOCK_SKEW))) {
            return LtiLaunchError.IAT_IN_FUTURE.failure();
        }
        return OAuth2TokenValidatorResult.success();
    }
}
