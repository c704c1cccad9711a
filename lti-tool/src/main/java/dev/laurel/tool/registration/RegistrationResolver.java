package dev.laurel.tool.registration;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Finds the registration a login initiation is for, by (iss, client_id); without client_id only when the
 * issuer has exactly one registration ({@code DESIGN.md}).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#client_id-login-parameter">LTI 1.3 Core §4.1.3 client_id</a>
 */
@Component
public final class RegistrationResolver {

    private final PlatformRegistrations registrations;

    public RegistrationResolver(PlatformRegistrations registrations) {
        this.registrations = registrations;
    }

    /**
     * The registration for a login at {@code /lti/login}.
     *
     * @throws UnresolvedRegistrationException with {@code unknown_registration} or {@code ambiguous_registration}
     */
    public PlatformRegistration resolve(String issuer, String clientIdOrNull) {
        if (issuer == null || issuer.isBlank()) {
            throw new UnresolvedRegistrationException(UnresolvedRegistrationException.UNKNOWN_REGISTRATION, issuer,
                    "the login names no issuer");
        }
        if (clientIdOrNull != null && !clientIdOrNull.isBlank()) {
            return registrations.find(issuer, clientIdOrNull).orElseThrow(() -> new UnresolvedRegistrationException(
                    UnresolvedRegistrationException.UNKNOWN_REGISTRATION, issuer,
                    "no registration for this issuer and client_id"));
        }
        List<PlatformRegistration> candidates = registrations.findByIssuer(issuer);
        if (candidates.isEmpty()) {
            throw new UnresolvedRegistrationException(UnresolvedRegistrationException.UNKNOWN_REGISTRATION, issuer,
                    "no registration for this issuer");
        }
        if (candidates.size() > 1) {
            throw new UnresolvedRegistrationException(UnresolvedRegistrationException.AMBIGUOUS_REGISTRATION, issuer,
                    "the issuer has " + candidates.size() + " registrations and the login names no client_id; "
                            + "use the registration's own login URL /lti/login/{id}");
        }
        return candidates.get(0);
    }

    /**
     * The registration for a login at {@code /lti/login/{registrationId}}: the issuer (and client_id, when
     * given) must be the registration's.
     *
     * @throws UnresolvedRegistrationException with {@code unknown_registration}
     */
    public PlatformRegistration resolve(long registrationId, String issuer, String clientIdOrNull) {
        return registrations.findById(registrationId)
                .filter(registration -> registration.issuer().equals(issuer))
                .filter(registration -> clientIdOrNull == null || clientIdOrNull.isBlank()
                        || registration.clientId().equals(clientIdOrNull))
                .orElseThrow(() -> new UnresolvedRegistrationException(
                        UnresolvedRegistrationException.UNKNOWN_REGISTRATION, issuer,
                        "registration " + registrationId + " does not exist or belongs to another issuer or client_id"));
    }
}
