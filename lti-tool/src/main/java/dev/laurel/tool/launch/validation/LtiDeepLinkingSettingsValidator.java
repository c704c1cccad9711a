package dev.laurel.tool.launch.validation;

import dev.laurel.tool.launch.LtiClaims;
import dev.laurel.tool.launch.LtiJwtClaims;
import dev.laurel.tool.launch.LtiLaunchError;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A deep linking request carries {@code deep_linking_settings} with a {@code deep_link_return_url}
 * ({@code deep_linking_settings_missing}).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0/#deep-linking-settings">Deep Linking 2.0 §4.4.1</a>
 */
public final class LtiDeepLinkingSettingsValidator implements OAuth2TokenValidator<Jwt> {

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        // Deep Linking 2.0 §4.4.1: deep_linking_settings and its deep_link_return_url are required
        if (!LtiClaims.DEEP_LINKING_REQUEST.equals(LtiJwtClaims.messageType(jwt))) {
            return OAuth2TokenValidatorResult.success();
        }
        return LtiJwtClaims.member(jwt, LtiClaims.DEEP_LINKING_SETTINGS, "deep_link_return_url") != null
                ? OAuth2TokenValidatorResult.success() : LtiLaunchError.DEEP_LINKING_SETTINGS_MISSING.failure();
    }
}
