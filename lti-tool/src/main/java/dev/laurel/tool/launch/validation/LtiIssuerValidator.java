package dev.laurel.tool.launch.validation;

import dev.laurel.tool.launch.LtiJwtClaims;
import dev.laurel.tool.launch.LtiLaunchError;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The {@code iss} claim is exactly the registered platform issuer ({@code invalid_issuer}).
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">Security Framework §5.1.3 step 2</a>
 */
public final class LtiIssuerValidator implements OAuth2TokenValidator<Jwt> {

    private final String issuer;

    public LtiIssuerValidator(String issuer) {
        this.issuer = issuer;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        // Security Framework §5.1.3 (2): iss MUST exactly match the Issuer Identifier of the platform
        return issuer.equals(LtiJwtClaims.string(jwt, "iss")) ? OAuth2TokenValidatorResult.success()
                : LtiLaunchError.INVALID_ISSUER.failure();
    }
}
