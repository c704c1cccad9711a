package dev.laurel.tool.launch.validation;

import dev.laurel.tool.launch.LtiClaims;
import dev.laurel.tool.launch.LtiJwtClaims;
import dev.laurel.tool.launch.LtiLaunchError;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A resource link launch carries {@code resource_link.id} ({@code resource_link_missing}).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#resource-link-claim">LTI 1.3 Core §5.3.5</a>
 */
public final class LtiResourceLinkValidator implements OAuth2TokenValidator<Jwt> {

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        // LTI 1.3 Core §5.3.5: resource_link with a non-empty id is required in LtiResourceLinkRequest
        if (!LtiClaims.RESOURCE_LINK_REQUEST.equals(LtiJwtClaims.messageType(jwt))) {
            return OAuth2TokenValidatorResult.success();
        }
        return LtiJwtClaims.member(jwt, LtiClaims.RESOURCE_LINK, "id") != null ? OAuth2TokenValidatorResult.success()
                : LtiLaunchError.RESOURCE_LINK_MISSING.failure();
    }
}
