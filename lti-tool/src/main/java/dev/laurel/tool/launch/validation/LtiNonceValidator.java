package dev.laurel.tool.launch.validation;

import dev.laurel.tool.launch.LtiLogin;
import dev.laurel.tool.launch.LtiLoginStates;
import dev.laurel.tool.launch.LtiJwtClaims;
import dev.laurel.tool.launch.LtiLaunchError;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The {@code nonce} is the one Laurel sent with this login ({@code nonce_missing}, {@code nonce_unknown});
 * {@link dev.laurel.tool.launch.LtiLoginStates#consume} then makes it single use ({@code nonce_replayed}).
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">Security Framework §5.1.3 step 9</a>
 */
public final class LtiNonceValidator implements OAuth2TokenValidator<Jwt> {

    private final LtiLogin login;

    public LtiNonceValidator(LtiLogin login) {
        this.login = login;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        // Security Framework §5.1.3 (9): nonce present and the one sent (LtiLoginStates#consume: used once)
        String nonce = LtiJwtClaims.string(jwt, "nonce");
        if (nonce == null) {
            return LtiLaunchError.NONCE_MISSING.failure();
        }
        if (!LtiLoginStates.hasNonce(login, nonce)) {
            return LtiLaunchError.NONCE_UNKNOWN.failure();
        }
        return OAuth2TokenValidatorResult.success();
    }
}
