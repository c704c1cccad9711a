package dev.laurel.tool.launch;

import dev.laurel.tool.lti.LaurelRole;
import dev.laurel.tool.lti.LtiRoles;

import java.util.Set;
import org.springframework.util.Assert;

/**
 * The user of the current LTI session, as other features read it with {@code @AuthenticationPrincipal LtiUser}.
 * Scoped to one (registration, deployment, context, user); {@code contextId}, {@code name} and {@code email}
 * may be {@code null} (the launch may carry no context and no personal data).
 *
 * @param registrationId the platform registration the launch came through
 * @param deploymentId the {@code deployment_id} claim
 * @param contextId the {@code context.id} claim, or {@code null}
 * @param contextTitle the {@code context.title} claim (falls back to its label), or {@code null}
 * @param userId the {@code sub} claim: stable per (issuer, user)
 * @param name the {@code name} claim, or {@code null}
 * @param email the {@code email} claim, or {@code null}
 * @param roles the Laurel roles derived from the {@code roles} claim ({@link LtiRoles}); may be empty
 * @param services the AGS / NRPS endpoints of the launch
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#required-message-claims">LTI 1.3 Core §5.3</a>
 */
public record LtiUser(long registrationId, String deploymentId, String contextId, String contextTitle, String userId,
        String name, String email, Set<LaurelRole> roles, PlatformServiceClaims services) {

    public LtiUser {
        Assert.hasText(deploymentId, "deploymentId cannot be empty");
        Assert.hasText(userId, "userId cannot be empty");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        services = services == null ? PlatformServiceClaims.none() : services;
    }

    public boolean hasRole(LaurelRole role) {
        return roles.contains(role);
    }

    /** Whether the user may see instructor pages of this context (instructors and administrators). */
    public boolean isStaff() {
        return hasRole(LaurelRole.INSTRUCTOR) || hasRole(LaurelRole.ADMIN);
    }

    /** Whether this session belongs to exactly this context of this registration and deployment. */
    public boolean isIn(long registrationId, String deploymentId, String contextId) {
        return this.registrationId == registrationId && this.deploymentId.equals(deploymentId)
                && this.contextId != null && this.contextId.equals(contextId);
    }

    /** A name to greet with that is never personal data the launch did not give. */
    public String displayName() {
        return name == null || name.isBlank() ? "there" : name;
    }
}
