package dev.laurel.tool.launch.validation;

import dev.laurel.tool.launch.LtiClaims;
import dev.laurel.tool.launch.LtiJwtClaims;
import dev.laurel.tool.launch.LtiLaunchError;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The {@code version} claim is {@code 1.3.0} ({@code invalid_version}).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#lti-version-claim">LTI 1.3 Core §5.3.2</a>
 */
public final class LtiVersionValidator implements OAuth2TokenValidator<Jwt> {

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        // LTI 1.3 Core §5.3.2: version MUST be 1.3.0
        return LtiClaims.LTI_VERSION.equals(LtiJwtClaims.string(jwt, LtiClaims.VERSION))
                ? OAuth2TokenValidatorResult.success() : LtiLaunchError.INVALID_VERSION.failure();
    }
}
