package dev.laurel.sandbox.launch;

import dev.laurel.sandbox.platform.PlatformSecrets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Seals and opens {@code lti_message_hint} values; a hint lives {@link #LIFETIME}. */
@Component
public class MessageHints {

    static final Duration LIFETIME = Duration.ofMinutes(30);

    private final PlatformSecrets secrets;
    private final Clock clock;

    MessageHints(PlatformSecrets secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    public String seal(long userId, LaunchRole role, long courseId, String resourceLinkId, String messageType, String clientId) {
        return secrets.seal(String.join("|", "hint", String.valueOf(userId), role.name(), String.valueOf(courseId),
                resourceLinkId == null ? "" : resourceLinkId, messageType, clientId, String.valueOf(clock.millis())));
    }

    /** The hint, when it was sealed by this platform and is still fresh. */
    Optional<MessageHint> open(String sealed) {
        String payload = secrets.unseal(sealed);
        if (payload == null) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\|", -1);
        if (parts.length != 8 || !"hint".equals(parts[0])) {
            return Optional.empty();
        }
        try {
            MessageHint hint = new MessageHint(Long.parseLong(parts[1]), LaunchRole.valueOf(parts[2]), Long.parseLong(parts[3]),
                    parts[4].isEmpty() ? null : parts[4], parts[5], parts[6], Long.parseLong(parts[7]));
            return Optional.of(hint);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    boolean expired(MessageHint hint) {
        return clock.millis() - hint.issuedAt() > LIFETIME.toMillis();
    }
}
