package dev.laurel.sandbox.launch;

/**
 * What a launch is about, carried opaquely (HMAC-sealed) in {@code lti_message_hint} from login initiation to
 * the authorization request.
 */
public record MessageHint(long userId, LaunchRole role, long courseId, String resourceLinkId, String messageType,
        String clientId, long issuedAt) {
}
