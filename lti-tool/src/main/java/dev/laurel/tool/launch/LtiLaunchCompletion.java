package dev.laurel.tool.launch;

import dev.laurel.tool.ops.DatabaseProduct;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a validated launch writes: the login used up (its nonce single use across every instance: the keys of
 * {@code lti_login_state} decide), the new session, and the context's endpoints. On PostgreSQL one statement does
 * all three, the session and context only when the login was not used before (one round trip, atomic); elsewhere
 * (H2) {@link LtiLoginStates#consume}, {@link LtiSessions#create} and {@link LtiContexts#record} in turn.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">Security Framework §5.1.3 step 9</a>
 */
@Component
public class LtiLaunchCompletion {

    /** Uses the login up; the row it returns (none when the state or nonce was used before) gates the rest. */
    private static final String USE_LOGIN = "used AS (INSERT INTO lti_login_state (" + LtiLoginStates.USED_COLUMNS
            + ") VALUES (" + parameters(9) + ") ON CONFLICT DO NOTHING RETURNING 1)";
    private static final String START_SESSION = "session AS (INSERT INTO lti_session (" + LtiSessions.COLUMNS
            + ") SELECT " + parameters(16) + " FROM used)";
    /** A known context is updated; else inserted, or updated after all when a concurrent launch inserted it. */
    private static final String RECORD_CONTEXT = "context_updated AS (" + LtiContexts.UPDATE
            + " AND EXISTS (SELECT 1 FROM used) RETURNING 1), context_inserted AS (INSERT INTO lti_context ("
            + LtiContexts.INSERT_COLUMNS + ") SELECT " + parameters(10)
            + " FROM used WHERE NOT EXISTS (SELECT 1 FROM context_updated) " + LtiContexts.ON_CONFLICT_UPDATE + ")";
    private static final String WITHOUT_CONTEXT = "WITH " + USE_LOGIN + ", " + START_SESSION
            + " SELECT count(*) FROM used";
    private static final String WITH_CONTEXT = "WITH " + USE_LOGIN + ", " + START_SESSION + ", " + RECORD_CONTEXT
            + " SELECT count(*) FROM used";

    private final JdbcTemplate jdbc;
    private final LtiLoginStates loginStates;
    private final LtiSessions sessions;
    private final LtiContexts contexts;
    private final Clock clock;
    private final boolean oneStatement;

    public LtiLaunchCompletion(JdbcTemplate jdbc, DatabaseProduct database, LtiLoginStates loginStates,
            LtiSessions sessions, LtiContexts contexts, Clock clock) {
        this.jdbc = jdbc;
        this.loginStates = loginStates;
        this.sessions = sessions;
        this.contexts = contexts;
        this.clock = clock;
        this.oneStatement = database.isPostgres();
    }

    /**
     * Uses the login up and starts the launch's session, recording its context; the new session's id, or empty
     * (nothing written) when the login was used before, on any instance, or has expired.
     */
    public Optional<String> complete(LtiLogin login, LtiLaunchMessage message, boolean cookieless) {
        if (!oneStatement) {
            if (!loginStates.consume(login)) {
                return Optional.empty();
            }
            String sessionId = sessions.create(message, cookieless);
            contexts.record(message);
            return Optional.of(sessionId);
        }
        Instant now = clock.instant();
        if (login.expiredAt(now)) {
            return Optional.empty();
        }
        loginStates.purgeIfDue(now);
        sessions.purgeIfDue(now);
        String sessionId = sessions.newId();
        Object[] usedLogin = LtiLoginStates.usedRow(login, now);
        Object[] session = sessions.row(sessionId, message, cookieless, now);
        boolean withContext = message.user().contextId() != null;
        Boolean used = withContext
                ? jdbc.query(WITH_CONTEXT, ps -> bind(ps, usedLogin, session,
                        LtiContexts.updateRow(message, LtiLoginStates.at(now)),
                        LtiContexts.insertRow(message, LtiLoginStates.at(now))), rs -> rs.next() && rs.getInt(1) == 1)
                : jdbc.query(WITHOUT_CONTEXT, ps -> bind(ps, usedLogin, session),
                        rs -> rs.next() && rs.getInt(1) == 1);
        return Boolean.TRUE.equals(used) ? Optional.of(sessionId) : Optional.empty();
    }

    /** Binds the rows' values in turn, each with its SQL type (a {@code null} is a text column's). */
    private static void bind(PreparedStatement ps, Object[]... rows) throws SQLException {
        int index = 1;
        for (Object[] row : rows) {
            for (Object value : row) {
                if (value == null) {
                    ps.setNull(index, Types.VARCHAR);
                }
                else if (value instanceof String text) {
                    ps.setString(index, text);
                }
                else if (value instanceof Long number) {
                    ps.setLong(index, number);
                }
                else if (value instanceof Boolean flag) {
                    ps.setBoolean(index, flag);
                }
                else if (value instanceof OffsetDateTime time) {
                    ps.setObject(index, time);
                }
                else {
                    throw new IllegalArgumentException("No SQL type for " + value.getClass());
                }
                index++;
            }
        }
    }

    private static String parameters(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

}
