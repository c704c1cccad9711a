package dev.laurel.tool.launch;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * State and nonce of OIDC login initiations. The state carries the login itself, signed (HMAC-SHA256 under a key
 * every instance shares), so any instance can finish a launch another instance started without a database read:
 * registration, {@code target_link_uri}, storage target, start time, and the SHA-256 hashes of the nonce and of
 * the browser binding. Single use (consumed once, atomically, in the database: a row per used login, whose primary
 * key is the hash of the state and whose unique key is the hash of the nonce), valid 10 minutes.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-request">Security Framework §5.1.1.2</a>
 */
@Component
public class LtiLoginStates {

    /** How long a login may take until its launch arrives ({@code DESIGN.md}). */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    private static final String VERSION = "1";
    private static final String KEY_ID = "login-state-hmac";
    private static final String SEAL_PURPOSE = "lti-login-state";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** The columns of a used login, as {@link #usedRow} gives their values. */
    static final String USED_COLUMNS = """
            state_hash, nonce_hash, browser_hash, registration_id, target_link_uri, storage_target, created_at,
            expires_at, consumed_at""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LaunchMacKeys keys;
    private final OpaqueValues values = new OpaqueValues();
    private final ExpiryPurge purge = new ExpiryPurge();

    public LtiLoginStates(JdbcClient jdbc, Clock clock, LaunchMacKeys keys) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keys = keys;
    }

    /**
     * Starts a login: a fresh nonce and a state that carries the login, bound to the browser's existing binding
     * cookie value when it sent one, else to a new one. Writes nothing.
     */
    public StartedLogin start(long registrationId, String targetLinkUri, String storageTarget, String browserBinding) {
        String binding = browserBinding == null || browserBinding.length() < 32 ? values.random() : browserBinding;
        String nonce = values.random();
        String payload = String.join(".", VERSION, Long.toString(registrationId),
                Long.toString(clock.millis()), OpaqueValues.hash(nonce), OpaqueValues.hash(binding),
                text(storageTarget == null ? "" : storageTarget), text(targetLinkUri));
        return new StartedLogin(payload + "." + keys.mac(KEY_ID, SEAL_PURPOSE, payload), nonce, binding);
    }

    /**
     * The login a state carries, expired or not, when Laurel signed it; else empty. Whether it was used is known
     * only to {@link #consume}.
     */
    public Optional<LtiLogin> find(String state) {
        if (state == null || state.isBlank()) {
            return Optional.empty();
        }
        int macStart = state.lastIndexOf('.');
        if (macStart <= 0 || !keys.verify(KEY_ID, SEAL_PURPOSE, state.substring(0, macStart),
                state.substring(macStart + 1))) {
            return Optional.empty();
        }
        String[] fields = state.substring(0, macStart).split("\\.", -1);
        if (fields.length != 7 || !VERSION.equals(fields[0])) {
            return Optional.empty();
        }
        try {
            Instant createdAt = Instant.ofEpochMilli(Long.parseLong(fields[2]));
            String storageTarget = untext(fields[5]);
            return Optional.of(new LtiLogin(OpaqueValues.hash(state), fields[3], fields[4], Long.parseLong(fields[1]),
                    untext(fields[6]), storageTarget.isEmpty() ? null : storageTarget, createdAt,
                    createdAt.plus(LIFETIME)));
        }
        catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    /** Whether {@code browserBinding} is the one the login was started with. */
    public static boolean boundTo(LtiLogin login, String browserBinding) {
        return browserBinding != null && OpaqueValues.same(login.browserHash(), OpaqueValues.hash(browserBinding));
    }

    /** Whether {@code nonce} is the login's nonce. */
    public static boolean hasNonce(LtiLogin login, String nonce) {
        return nonce != null && OpaqueValues.same(login.nonceHash(), OpaqueValues.hash(nonce));
    }

    /**
     * Uses the login up; {@code false} when another request (on any instance) already did, or it expired. One
     * {@code INSERT} of the used login: the database's keys decide which of two concurrent launches wins. Used
     * logins are purged with it at most once a minute.
     */
    public boolean consume(LtiLogin login) {
        Instant now = clock.instant();
        if (login.expiredAt(now)) {
            return false;
        }
        purgeIfDue(now);
        try {
            jdbc.sql("INSERT INTO lti_login_state (" + USED_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(usedRow(login, now))
                .update();
            return true;
        }
        catch (DuplicateKeyException ex) {
            return false;
        }
    }

    /** The row of a login used up at {@code now}, in the order of {@link #USED_COLUMNS}. */
    static Object[] usedRow(LtiLogin login, Instant now) {
        return new Object[] {login.stateHash(), login.nonceHash(), login.browserHash(), login.registrationId(),
            login.targetLinkUri(), login.storageTarget(), at(login.createdAt()), at(login.expiresAt()), at(now)};
    }

    /** Purges used logins when this instance has not for a minute ({@link ExpiryPurge}). */
    void purgeIfDue(Instant now) {
        if (purge.due(now)) {
            purgeExpired();
        }
    }

    /**
     * Deletes used logins that expired more than a lifetime ago (their states are refused as expired anyway, with
     * {@code no_login}); run with a launch at most once a minute, so the table stays about as small as the
     * launches of the last 21 minutes.
     */
    public int purgeExpired() {
        return jdbc.sql("DELETE FROM lti_login_state WHERE expires_at < ?")
            .param(at(clock.instant().minus(LIFETIME))).update();
    }

    private static String text(String value) {
        return ENCODER.encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String untext(String value) {
        return new String(DECODER.decode(value), StandardCharsets.UTF_8);
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
