package dev.laurel.tool.launch;

import java.time.Instant;

/**
 * A server-side session after a valid launch, scoped to one (registration, deployment, context, user).
 *
 * @param cookieless whether the launch came through platform storage: the session travels as a signed token
 * @param deepLinking the settings of a deep linking launch, else {@code null}
 */
public record LtiSession(String idHash, LtiUser user, String messageType, boolean cookieless,
        DeepLinkingSettings deepLinking, Instant createdAt, Instant lastSeenAt, Instant expiresAt) {
}
