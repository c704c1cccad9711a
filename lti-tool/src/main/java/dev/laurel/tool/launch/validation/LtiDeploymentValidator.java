package dev.laurel.tool.launch.validation;

import dev.laurel.tool.registration.PlatformRegistrations;
import dev.laurel.tool.launch.LtiClaims;
import dev.laurel.tool.launch.LtiJwtClaims;
import dev.laurel.tool.launch.LtiLaunchError;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The deployment is known for the registration, or added when the registration accepts new ones
 * ({@code invalid_deployment}). Runs last: it may add a deployment, so only a launch valid in every other
 * way reaches it.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#lti-deployment-id-claim">LTI 1.3 Core §5.3.3</a>
 */
public final class LtiDeploymentValidator implements OAuth2TokenValidator<Jwt> {

    private final PlatformRegistrations registrations;
    private final long registrationId;

    public LtiDeploymentValidator(PlatformRegistrations registrations, long registrationId) {
        this.registrations = registrations;
        this.registrationId = registrationId;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        // LTI 1.3 Core §5.3.3: the tool accepts only deployments it knows (DESIGN.md: Canvas dynamic ones are added)
        String deploymentId = LtiJwtClaims.string(jwt, LtiClaims.DEPLOYMENT_ID);
        if (deploymentId == null) {
            return LtiLaunchError.DEPLOYMENT_MISSING.failure();
        }
        return registrations.acceptDeployment(registrationId, deploymentId).accepted()
                ? OAuth2TokenValidatorResult.success() : LtiLaunchError.INVALID_DEPLOYMENT.failure();
    }
}
