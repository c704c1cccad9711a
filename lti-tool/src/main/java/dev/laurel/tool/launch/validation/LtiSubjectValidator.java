package dev.laurel.tool.launch.validation;

import dev.laurel.tool.launch.LtiJwtClaims;
import dev.laurel.tool.launch.LtiLaunchError;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The {@code sub} claim names the user ({@code subject_missing}): Laurel needs a user for its session.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#user-identity-claims">LTI 1.3 Core §5.3.6</a>
 */
public final class LtiSubjectValidator implements OAuth2TokenValidator<Jwt> {

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        // LTI 1.3 Core §5.3.6: sub identifies the user; Laurel does not serve anonymous launches
        return LtiJwtClaims.string(jwt, "sub") != null ? OAuth2TokenValidatorResult.success()
                : LtiLaunchError.SUBJECT_MISSING.failure();
    }
}
