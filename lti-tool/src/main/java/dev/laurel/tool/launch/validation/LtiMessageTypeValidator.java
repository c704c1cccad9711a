package dev.laurel.tool.launch.validation;

import java.util.Set;
import dev.laurel.tool.launch.LtiClaims;
import dev.laurel.tool.launch.LtiJwtClaims;
import dev.laurel.tool.launch.LtiLaunchError;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The {@code message_type} is one Laurel handles: {@code LtiResourceLinkRequest} or
 * {@code LtiDeepLinkingRequest} ({@code invalid_message_type}).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#message-type-claim">LTI 1.3 Core §5.3.1</a>
 */
public final class LtiMessageTypeValidator implements OAuth2TokenValidator<Jwt> {

    private static final Set<String> ACCEPTED = Set.of(LtiClaims.RESOURCE_LINK_REQUEST, LtiClaims.DEEP_LINKING_REQUEST);

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        // LTI 1.3 Core §5.3.1: the tool rejects message types it does not support
        String messageType = LtiJwtClaims.messageType(jwt);
        return messageType != null && ACCEPTED.contains(messageType) ? OAuth2TokenValidatorResult.success()
                : LtiLaunchError.INVALID_MESSAGE_TYPE.failure();
    }
}
