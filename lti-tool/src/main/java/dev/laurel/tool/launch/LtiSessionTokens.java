package dev.laurel.tool.launch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Short-lived signed tokens that carry a session when the browser keeps no cookie (launch through platform
 * storage): {@code sessionId.expiry.HMAC-SHA256}, under a key shared by every instance (sealed in the database).
 * Carried in Laurel's own links and forms only, never logged.
 */
@Component
public class LtiSessionTokens {

    /** How long one token is accepted; every Laurel page hands out a fresh one. */
    public static final Duration LIFETIME = Duration.ofHours(1);

    private static final String KEY_ID = "session-token-hmac";
    private static final String SEAL_PURPOSE = "lti-session-token";

    private final LaunchMacKeys keys;
    private final Clock clock;

    public LtiSessionTokens(LaunchMacKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** A token for this session, valid {@link #LIFETIME}. */
    public String issue(String sessionId) {
        String payload = sessionId + "." + clock.instant().plus(LIFETIME).getEpochSecond();
        return payload + "." + keys.mac(KEY_ID, SEAL_PURPOSE, payload);
    }

    /** The session id of a valid, unexpired token, else empty. */
    public Optional<String> sessionId(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first <= 0 || last <= first) {
            return Optional.empty();
        }
        String payload = token.substring(0, last);
        if (!keys.verify(KEY_ID, SEAL_PURPOSE, payload, token.substring(last + 1))) {
            return Optional.empty();
        }
        try {
            long expiry = Long.parseLong(token.substring(first + 1, last));
            return clock.instant().isBefore(Instant.ofEpochSecond(expiry))
                    ? Optional.of(token.substring(0, first)) : Optional.empty();
        }
        catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }
}
