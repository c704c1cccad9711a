package dev.laurel.tool.registration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The stored platform registrations and their deployments. Once stored, a registration's protocol fields and a
 * deployment never change and are never deleted (only the health columns are written): an implementation may
 * keep what it has read, and every instance still sees the same registrations.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#platform-tool-relationship">LTI 1.3 Core §3</a>
 */
public interface PlatformRegistrations {

    Optional<PlatformRegistration> findById(long id);

    /** The registration for exactly this (issuer, client_id). */
    Optional<PlatformRegistration> find(String issuer, String clientId);

    /** Every registration of an issuer (Canvas uses one issuer for all its instances), oldest first. */
    List<PlatformRegistration> findByIssuer(String issuer);

    /** Every registration, oldest first. */
    List<PlatformRegistration> findAll();

    /**
     * Stores a registration with its deployments.
     *
     * @throws DuplicateRegistrationException when (issuer, client_id) is already registered
     */
    PlatformRegistration register(NewRegistration registration);

    /** The registration's known deployments, oldest first. */
    List<Deployment> deployments(long registrationId);

    /** Adds a deployment an admin entered; idempotent (an existing one is left as it is). */
    void addDeployment(long registrationId, String deploymentId, DeploymentOrigin origin);

    /**
     * Decides whether a launch's deployment is acceptable, adding it when the registration accepts new
     * deployments; safe under concurrent first launches (the unique key decides).
     *
     * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#lti-deployment-id-claim">LTI 1.3 Core §5.3.3</a>
     */
    DeploymentDecision acceptDeployment(long registrationId, String deploymentId);

    /**
     * Records a successful launch, to the minute: a launch less than a minute after the last one this instance
     * recorded for the registration writes nothing.
     */
    void recordLaunch(long id, Instant at);

    /** Records a successful service call (AGS / NRPS). */
    void recordServiceCall(long id, Instant at);

    /** Records a failure with its error code (never a token or personal data). */
    void recordError(long id, String code, Instant at);

    /** The registration's health; {@link RegistrationHealth#unused()} for an unknown id. */
    RegistrationHealth health(long id);
}
