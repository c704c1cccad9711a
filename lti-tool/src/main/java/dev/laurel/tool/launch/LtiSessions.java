package dev.laurel.tool.launch;

import dev.laurel.tool.lti.LaurelRole;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Server-side LTI sessions in the database (any instance serves any session): 8 hours at most, ended after
 * 1 hour without a request. Only the SHA-256 of a session id is stored.
 */
@Component
public class LtiSessions {

    public static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(8);
    public static final Duration IDLE_TIMEOUT = Duration.ofHours(1);
    private static final Duration TOUCH_GRANULARITY = Duration.ofMinutes(1);
    /** The columns of a new session, as {@link #row} gives their values. */
    static final String COLUMNS = """
            id_hash, registration_id, deployment_id, context_id, context_title, user_id, user_name, user_email, roles,
            message_type, cookieless, services, deep_linking, created_at, last_seen_at, expires_at""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json;
    private final OpaqueValues values = new OpaqueValues();
    private final ExpiryPurge purge = new ExpiryPurge();

    public LtiSessions(JdbcClient jdbc, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Starts a session for a validated launch; returns the session id the browser (or token) carries. One
     * {@code INSERT}; ended sessions are purged with it at most once a minute.
     */
    public String create(LtiLaunchMessage message, boolean cookieless) {
        String id = newId();
        Instant now = clock.instant();
        purgeIfDue(now);
        jdbc.sql("INSERT INTO lti_session (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .params(row(id, message, cookieless, now))
            .update();
        return id;
    }

    /** A new session id: 256 random bits, base64url. */
    String newId() {
        return values.random();
    }

    /** The row of a new session with this id, started at {@code now}, in the order of {@link #COLUMNS}. */
    Object[] row(String id, LtiLaunchMessage message, boolean cookieless, Instant now) {
        LtiUser user = message.user();
        return new Object[] {OpaqueValues.hash(id), user.registrationId(), user.deploymentId(), user.contextId(),
            user.contextTitle(), user.userId(), user.name(), user.email(), roles(user.roles()), message.messageType(),
            cookieless, PlatformServiceClaimsJson.write(user.services()),
            message.deepLinking() == null ? null : json.writeValueAsString(message.deepLinking()),
            LtiLoginStates.at(now), LtiLoginStates.at(now), LtiLoginStates.at(now.plus(ABSOLUTE_LIFETIME))};
    }

    /** Purges ended sessions when this instance has not for a minute ({@link ExpiryPurge}). */
    void purgeIfDue(Instant now) {
        if (purge.due(now)) {
            purgeExpired();
        }
    }

    /** The roles' names in name order, space-separated. */
    private static String roles(Set<LaurelRole> roles) {
        String[] names = new String[roles.size()];
        int index = 0;
        for (LaurelRole role : roles) {
            names[index++] = role.name();
        }
        Arrays.sort(names);
        return String.join(" ", names);
    }

    /** The live session with this id (not past 8 h, not idle 1 h), marking it used; else empty. */
    public Optional<LtiSession> findActive(String sessionId) {
        return findActive(sessionId, true);
    }

    /** The live session with this id; {@code touch} marks it used (resets the idle timeout). */
    public Optional<LtiSession> findActive(String sessionId, boolean touch) {
        if (sessionId == null || sessionId.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<LtiSession> session = jdbc.sql("""
                SELECT id_hash, registration_id, deployment_id, context_id, context_title, user_id, user_name,
                    user_email, roles, message_type, cookieless, services, deep_linking, created_at, last_seen_at,
                    expires_at
                FROM lti_session WHERE id_hash = ? AND expires_at > ? AND last_seen_at > ?""")
            .params(OpaqueValues.hash(sessionId), LtiLoginStates.at(now), LtiLoginStates.at(now.minus(IDLE_TIMEOUT)))
            .query(this::map).optional();
        session.filter(found -> touch && found.lastSeenAt().isBefore(now.minus(TOUCH_GRANULARITY)))
            .ifPresent(found -> jdbc.sql("UPDATE lti_session SET last_seen_at = ? WHERE id_hash = ?")
                    .params(LtiLoginStates.at(now), found.idHash()).update());
        return session;
    }

    /** Ends a session. */
    public void end(String sessionId) {
        jdbc.sql("DELETE FROM lti_session WHERE id_hash = ?").param(OpaqueValues.hash(sessionId)).update();
    }

    /** Deletes sessions past their absolute or idle end; run with a new session at most once a minute. */
    public int purgeExpired() {
        Instant now = clock.instant();
        return jdbc.sql("DELETE FROM lti_session WHERE expires_at < ? OR last_seen_at < ?")
            .params(LtiLoginStates.at(now), LtiLoginStates.at(now.minus(IDLE_TIMEOUT))).update();
    }

    private LtiSession map(ResultSet rs, int row) throws SQLException {
        Set<LaurelRole> roles = EnumSet.noneOf(LaurelRole.class);
        Arrays.stream(rs.getString(9).split(" ")).filter(name -> !name.isBlank())
                .forEach(name -> roles.add(LaurelRole.valueOf(name)));
        PlatformServiceClaims services = rs.getString(12) == null ? PlatformServiceClaims.none()
                : json.readValue(rs.getString(12), PlatformServiceClaims.class);
        DeepLinkingSettings deepLinking = rs.getString(13) == null ? null
                : json.readValue(rs.getString(13), DeepLinkingSettings.class);
        LtiUser user = new LtiUser(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), roles, services);
        return new LtiSession(rs.getString(1), user, rs.getString(10), rs.getBoolean(11), deepLinking,
                instant(rs, 14), instant(rs, 15), instant(rs, 16));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return LtiLoginStates.instant(rs.getObject(column, OffsetDateTime.class));
    }
}
