package dev.laurel.tool.launch;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every launched context with the AGS / NRPS endpoints of its latest launch; unique per (registration, deployment, context). */
@Component
public class LtiContexts {

    private static final String COLUMNS = """
            id, registration_id, deployment_id, context_id, title, label, ags_lineitems_url, ags_scopes,
            nrps_memberships_url, first_launch_at, last_launch_at""";

    /** A launch's update of its known context, with the values {@link #updateRow} gives. */
    static final String UPDATE = """
            UPDATE lti_context SET title = ?, label = ?, ags_lineitems_url = ?, ags_scopes = ?,
                nrps_memberships_url = ?, last_launch_at = ?
            WHERE registration_id = ? AND deployment_id = ? AND context_id = ?""";
    /** The columns of a new context, as {@link #insertRow} gives their values. */
    static final String INSERT_COLUMNS = """
            registration_id, deployment_id, context_id, title, label, ags_lineitems_url, ags_scopes,
            nrps_memberships_url, first_launch_at, last_launch_at""";
    /** What a launch changes in a context that exists already: its update, as a conflict clause. */
    static final String ON_CONFLICT_UPDATE = """
            ON CONFLICT (registration_id, deployment_id, context_id) DO UPDATE SET title = EXCLUDED.title,
                label = EXCLUDED.label, ags_lineitems_url = EXCLUDED.ags_lineitems_url,
                ags_scopes = EXCLUDED.ags_scopes, nrps_memberships_url = EXCLUDED.nrps_memberships_url,
                last_launch_at = EXCLUDED.last_launch_at""";

    private final JdbcClient jdbc;
    private final Clock clock;

    public LtiContexts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the context of a launch (nothing for a launch without context); idempotent per context. */
    public void record(LtiLaunchMessage message) {
        if (message.user().contextId() == null) {
            return;
        }
        OffsetDateTime now = LtiLoginStates.at(clock.instant());
        Object[] update = updateRow(message, now);
        if (jdbc.sql(UPDATE).params(update).update() > 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO lti_context (" + INSERT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(insertRow(message, now))
                .update();
        }
        catch (DuplicateKeyException ex) {
            jdbc.sql(UPDATE).params(update).update();
        }
    }

    /** The values of {@link #UPDATE} for a launch's context at {@code now}. */
    static Object[] updateRow(LtiLaunchMessage message, OffsetDateTime now) {
        LtiUser user = message.user();
        PlatformServiceClaims services = user.services();
        return new Object[] {user.contextTitle(), message.contextLabel(), text(services.agsLineItemsUrl()),
            String.join(" ", services.agsScopes()), text(services.nrpsMembershipsUrl()), now, user.registrationId(),
            user.deploymentId(), user.contextId()};
    }

    /** The row of a launch's new context at {@code now}, in the order of {@link #INSERT_COLUMNS}. */
    static Object[] insertRow(LtiLaunchMessage message, OffsetDateTime now) {
        LtiUser user = message.user();
        PlatformServiceClaims services = user.services();
        return new Object[] {user.registrationId(), user.deploymentId(), user.contextId(), user.contextTitle(),
            message.contextLabel(), text(services.agsLineItemsUrl()), String.join(" ", services.agsScopes()),
            text(services.nrpsMembershipsUrl()), now, now};
    }

    /** The context of this registration and deployment with this LTI context id. */
    public Optional<LtiContext> find(long registrationId, String deploymentId, String contextId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lti_context WHERE registration_id = ? AND deployment_id = ? AND context_id = ?")
            .params(registrationId, deploymentId, contextId).query(LtiContexts::map).optional();
    }

    /** The context with Laurel's own id (the {@code courseId} in Laurel's URLs). */
    public Optional<LtiContext> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lti_context WHERE id = ?").param(id).query(LtiContexts::map).optional();
    }

    /** Every context launched through a registration, most recently launched first. */
    public List<LtiContext> findByRegistration(long registrationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lti_context WHERE registration_id = ? ORDER BY last_launch_at DESC")
            .param(registrationId).query(LtiContexts::map).list();
    }

    private static LtiContext map(ResultSet rs, int row) throws SQLException {
        String scopes = rs.getString(8);
        Set<String> scopeSet = scopes == null || scopes.isBlank() ? Set.of()
                : Arrays.stream(scopes.split(" ")).collect(Collectors.toSet());
        return new LtiContext(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), new PlatformServiceClaims(uri(rs.getString(7)), null, scopeSet, uri(rs.getString(9))),
                instant(rs, 10), instant(rs, 11));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return LtiLoginStates.instant(rs.getObject(column, OffsetDateTime.class));
    }

    private static String text(URI uri) {
        return uri == null ? null : uri.toString();
    }

    private static URI uri(String text) {
        return text == null ? null : URI.create(text);
    }
}
