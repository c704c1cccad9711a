package dev.laurel.tool.launch.validation;

import dev.laurel.tool.launch.LtiClaims;
import dev.laurel.tool.launch.LtiJwtClaims;
import dev.laurel.tool.launch.LtiLaunchError;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The {@code deployment_id} claim is present ({@code deployment_missing}); whether the deployment is
 * known is decided later, once every other rule passed ({@link LtiDeploymentValidator}).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#lti-deployment-id-claim">LTI 1.3 Core §5.3.3</a>
 */
public final class LtiDeploymentIdPresentValidator implements OAuth2TokenValidator<Jwt> {

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        // LTI 1.3 Core §5.3.3: deployment_id is a required claim
        return LtiJwtClaims.string(jwt, LtiClaims.DEPLOYMENT_ID) != null ? OAuth2TokenValidatorResult.success()
                : LtiLaunchError.DEPLOYMENT_MISSING.failure();
    }
}
