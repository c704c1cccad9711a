package dev.laurel.tool.registration;

import java.net.URI;
import java.util.List;
import org.springframework.util.Assert;

/**
 * What is needed to store a registration; {@code deploymentIds} are stored as known deployments with the
 * origin that fits the source ({@code REGISTRATION} for dynamic, {@code MANUAL} for manual).
 */
public record NewRegistration(String issuer, String clientId, URI authorizationUrl, URI tokenUrl, URI jwksUrl,
        String tokenAudience, String platformName, RegistrationSource source, boolean acceptsNewDeployments,
        List<String> deploymentIds) {

    public NewRegistration {
        Assert.hasText(issuer, "issuer cannot be empty");
        Assert.hasText(clientId, "clientId cannot be empty");
        Assert.notNull(authorizationUrl, "authorizationUrl cannot be null");
        Assert.notNull(tokenUrl, "tokenUrl cannot be null");
        Assert.notNull(jwksUrl, "jwksUrl cannot be null");
        Assert.notNull(source, "source cannot be null");
        deploymentIds = deploymentIds == null ? List.of() : List.copyOf(deploymentIds);
        tokenAudience = tokenAudience == null || tokenAudience.isBlank() ? null : tokenAudience;
    }

    /** The origin of the deployments given with this registration. */
    DeploymentOrigin deploymentOrigin() {
        return source == RegistrationSource.DYNAMIC ? DeploymentOrigin.REGISTRATION : DeploymentOrigin.MANUAL;
    }
}
