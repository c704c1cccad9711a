package dev.laurel.tool.registration;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;

/**
 * {@link PlatformRegistrations} on the {@code lti_registration} and {@code lti_deployment} tables. A registration's
 * protocol fields and a deployment never change once stored and neither is ever deleted, so this instance keeps
 * every one it has read or stored: a launch finds them without a query, and what another instance stores later
 * is simply not cached yet (absent answers are always asked of the database).
 */
@Component
final class JdbcPlatformRegistrations implements PlatformRegistrations {

    private static final String COLUMNS = "id, issuer, client_id, authorization_url, token_url, jwks_url, "
            + "token_audience, platform_name, source, accepts_new_deployments, created_at";

    /** How precisely the last launch is kept: a busy registration costs one write a minute per instance. */
    private static final Duration LAUNCH_RECORD_GRANULARITY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final Map<Long, PlatformRegistration> byId = new ConcurrentHashMap<>();
    private final Map<IssuerAndClient, PlatformRegistration> byIssuerAndClient = new ConcurrentHashMap<>();
    private final Set<DeploymentKey> knownDeployments = ConcurrentHashMap.newKeySet();
    private final Map<Long, Instant> recordedLaunches = new ConcurrentHashMap<>();

    JdbcPlatformRegistrations(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Optional<PlatformRegistration> findById(long id) {
        PlatformRegistration cached = byId.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM lti_registration WHERE id = ?").param(id)
                .query(JdbcPlatformRegistrations::registration).optional().map(this::remember);
    }

    @Override
    public Optional<PlatformRegistration> find(String issuer, String clientId) {
        PlatformRegistration cached = byIssuerAndClient.get(new IssuerAndClient(issuer, clientId));
        if (cached != null) {
            return Optional.of(cached);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM lti_registration WHERE issuer = ? AND client_id = ?")
                .param(issuer).param(clientId).query(JdbcPlatformRegistrations::registration).optional()
                .map(this::remember);
    }

    @Override
    public List<PlatformRegistration> findByIssuer(String issuer) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lti_registration WHERE issuer = ? ORDER BY id").param(issuer)
                .query(JdbcPlatformRegistrations::registration).list();
    }

    @Override
    public List<PlatformRegistration> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lti_registration ORDER BY id")
                .query(JdbcPlatformRegistrations::registration).list();
    }

    @Override
    public PlatformRegistration register(NewRegistration registration) {
        Assert.notNull(registration, "registration cannot be null");
        Instant now = clock.instant();
        try {
            long id = ownTransaction.execute(status -> {
                KeyHolder keys = new GeneratedKeyHolder();
                jdbc.sql("INSERT INTO lti_registration (issuer, client_id, authorization_url, token_url, jwks_url, "
                                + "token_audience, platform_name, source, accepts_new_deployments, created_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .param(registration.issuer()).param(registration.clientId())
                        .param(registration.authorizationUrl().toString()).param(registration.tokenUrl().toString())
                        .param(registration.jwksUrl().toString()).param(registration.tokenAudience())
                        .param(registration.platformName()).param(registration.source().name())
                        .param(registration.acceptsNewDeployments()).param(utc(now))
                        .update(keys, "id");
                long newId = keys.getKeyAs(Number.class).longValue();
                for (String deploymentId : registration.deploymentIds().stream().distinct().toList()) {
                    insertDeployment(newId, deploymentId, registration.deploymentOrigin(), now);
                }
                return newId;
            });
            return findById(id).orElseThrow();
        }
        catch (DuplicateKeyException ex) {
            throw new DuplicateRegistrationException(registration.issuer(), registration.clientId());
        }
    }

    @Override
    public List<Deployment> deployments(long registrationId) {
        return jdbc.sql("SELECT registration_id, deployment_id, origin, added_at FROM lti_deployment "
                        + "WHERE registration_id = ? ORDER BY added_at, deployment_id")
                .param(registrationId)
                .query((rs, row) -> new Deployment(rs.getLong(1), rs.getString(2),
                        DeploymentOrigin.valueOf(rs.getString(3)), instant(rs, 4)))
                .list();
    }

    @Override
    public void addDeployment(long registrationId, String deploymentId, DeploymentOrigin origin) {
        Assert.hasText(deploymentId, "deploymentId cannot be empty");
        insertIfAbsent(registrationId, deploymentId, origin);
    }

    @Override
    public DeploymentDecision acceptDeployment(long registrationId, String deploymentId) {
        if (deploymentId == null || deploymentId.isEmpty()) {
            return DeploymentDecision.REJECTED;
        }
        if (isKnown(registrationId, deploymentId)) {
            return DeploymentDecision.ACCEPTED;
        }
        boolean acceptsNew = findById(registrationId).map(PlatformRegistration::acceptsNewDeployments).orElse(false);
        if (!acceptsNew) {
            return DeploymentDecision.REJECTED;
        }
        return insertIfAbsent(registrationId, deploymentId, DeploymentOrigin.FIRST_LAUNCH)
                ? DeploymentDecision.ADDED : DeploymentDecision.ACCEPTED;
    }

    @Override
    public void recordLaunch(long id, Instant at) {
        Instant recorded = recordedLaunches.get(id);
        if (recorded != null && !at.isBefore(recorded) && at.isBefore(recorded.plus(LAUNCH_RECORD_GRANULARITY))) {
            return;
        }
        jdbc.sql("UPDATE lti_registration SET last_launch_at = ? WHERE id = ?").param(utc(at)).param(id).update();
        recordedLaunches.put(id, at);
    }

    @Override
    public void recordServiceCall(long id, Instant at) {
        jdbc.sql("UPDATE lti_registration SET last_service_call_at = ? WHERE id = ?").param(utc(at)).param(id).update();
    }

    @Override
    public void recordError(long id, String code, Instant at) {
        Assert.hasText(code, "code cannot be empty");
        jdbc.sql("UPDATE lti_registration SET last_error_code = ?, last_error_at = ? WHERE id = ?")
                .param(code.length() > 100 ? code.substring(0, 100) : code).param(utc(at)).param(id).update();
    }

    @Override
    public RegistrationHealth health(long id) {
        return jdbc.sql("SELECT last_launch_at, last_service_call_at, last_error_code, last_error_at "
                        + "FROM lti_registration WHERE id = ?")
                .param(id)
                .query((rs, row) -> new RegistrationHealth(Optional.ofNullable(instant(rs, 1)),
                        Optional.ofNullable(instant(rs, 2)), Optional.ofNullable(rs.getString(3)),
                        Optional.ofNullable(instant(rs, 4))))
                .optional().orElseGet(RegistrationHealth::unused);
    }

    private boolean isKnown(long registrationId, String deploymentId) {
        DeploymentKey key = new DeploymentKey(registrationId, deploymentId);
        if (knownDeployments.contains(key)) {
            return true;
        }
        boolean known = jdbc.sql("SELECT COUNT(*) FROM lti_deployment WHERE registration_id = ? AND deployment_id = ?")
                .param(registrationId).param(deploymentId).query(Integer.class).single() > 0;
        if (known) {
            knownDeployments.add(key);
        }
        return known;
    }

    private PlatformRegistration remember(PlatformRegistration registration) {
        byId.putIfAbsent(registration.id(), registration);
        byIssuerAndClient.putIfAbsent(new IssuerAndClient(registration.issuer(), registration.clientId()), registration);
        return registration;
    }

    private record IssuerAndClient(String issuer, String clientId) {
    }

    private record DeploymentKey(long registrationId, String deploymentId) {
    }

    /** Inserts in a transaction of its own, so a lost race (unique key) never spoils the caller's transaction. */
    private boolean insertIfAbsent(long registrationId, String deploymentId, DeploymentOrigin origin) {
        try {
            ownTransaction.executeWithoutResult(status ->
                    insertDeployment(registrationId, deploymentId, origin, clock.instant()));
            knownDeployments.add(new DeploymentKey(registrationId, deploymentId));
            return true;
        }
        catch (DuplicateKeyException ex) {
            knownDeployments.add(new DeploymentKey(registrationId, deploymentId));
            return false;
        }
    }

    private void insertDeployment(long registrationId, String deploymentId, DeploymentOrigin origin, Instant at) {
        jdbc.sql("INSERT INTO lti_deployment (registration_id, deployment_id, origin, added_at) VALUES (?, ?, ?, ?)")
                .param(registrationId).param(deploymentId).param(origin.name()).param(utc(at)).update();
    }

    private static PlatformRegistration registration(ResultSet rs, int row) throws SQLException {
        return new PlatformRegistration(rs.getLong("id"), rs.getString("issuer"), rs.getString("client_id"),
                URI.create(rs.getString("authorization_url")), URI.create(rs.getString("token_url")),
                URI.create(rs.getString("jwks_url")), rs.getString("token_audience"), rs.getString("platform_name"),
                RegistrationSource.valueOf(rs.getString("source")), rs.getBoolean("accepts_new_deployments"),
                instant(rs, "created_at"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
