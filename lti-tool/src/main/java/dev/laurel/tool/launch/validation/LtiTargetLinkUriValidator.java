package dev.laurel.tool.launch.validation;

import dev.laurel.tool.launch.LtiLogin;
import dev.laurel.tool.launch.LtiClaims;
import dev.laurel.tool.launch.LtiJwtClaims;
import dev.laurel.tool.launch.LtiLaunchError;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The {@code target_link_uri} claim equals the one of the login initiation ({@code target_link_uri_mismatch}).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#target-link-uri">LTI 1.3 Core §5.3.4</a>
 */
public final class LtiTargetLinkUriValidator implements OAuth2TokenValidator<Jwt> {

    private final LtiLogin login;

    public LtiTargetLinkUriValidator(LtiLogin login) {
        this.login = login;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        // LTI 1.3 Core §5.3.4 and §5.1.1: the launch goes to the target_link_uri the login initiation named
        return login.targetLinkUri().equals(LtiJwtClaims.string(jwt, LtiClaims.TARGET_LINK_URI))
                ? OAuth2TokenValidatorResult.success() : LtiLaunchError.TARGET_LINK_URI_MISMATCH.failure();
    }
}
