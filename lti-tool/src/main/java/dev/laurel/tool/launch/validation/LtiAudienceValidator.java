package dev.laurel.tool.launch.validation;

import java.util.List;
import dev.laurel.tool.launch.LtiJwtClaims;
import dev.laurel.tool.launch.LtiLaunchError;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * {@code aud} contains the tool's client_id; with several audiences {@code azp} is required; {@code azp}, when
 * present, is the client_id ({@code invalid_audience}).
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">Security Framework §5.1.3 steps 3-5</a>
 */
public final class LtiAudienceValidator implements OAuth2TokenValidator<Jwt> {

    private final String clientId;

    public LtiAudienceValidator(String clientId) {
        this.clientId = clientId;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        // Security Framework §5.1.3 (3-5): aud contains client_id; azp present with several audiences; azp = client_id
        List<String> audience = LtiJwtClaims.audience(jwt);
        String azp = LtiJwtClaims.string(jwt, "azp");
        if (audience == null || !audience.contains(clientId)) {
            return LtiLaunchError.INVALID_AUDIENCE.failure();
        }
        if ((audience.size() > 1 && azp == null) || (azp != null && !azp.equals(clientId))) {
            return LtiLaunchError.INVALID_AUDIENCE.failure();
        }
        return OAuth2TokenValidatorResult.success();
    }
}
