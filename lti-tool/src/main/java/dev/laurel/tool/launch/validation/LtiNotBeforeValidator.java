package dev.laurel.tool.launch.validation;

import java.time.Clock;
import java.time.Instant;
import dev.laurel.tool.launch.LtiJwtClaims;
import dev.laurel.tool.launch.LtiLaunchError;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * {@code nbf}, when present, is not in the future beyond the clock skew ({@code token_not_yet_valid}).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5">RFC 7519 §4.1.5 nbf</a>
 */
public final class LtiNotBeforeValidator implements OAuth2TokenValidator<Jwt> {

    private final Clock clock;

    public LtiNotBeforeValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        // RFC 7519 §4.1.5: the JWT MUST NOT be accepted before nbf (60 s skew)
        Instant notBefore = LtiJwtClaims.instant(jwt, "nbf");
        if (notBefore != null && notBefore.isAfter(clock.instant().plus(LtiExpirationValidator.CLOCK_SKEW))) {
            return LtiLaunchError.TOKEN_NOT_YET_VALID.failure();
        }
        return OAuth2TokenValidatorResult.success();
    }
}
