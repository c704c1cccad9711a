package dev.laurel.tool.registration;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an admin enters to register a platform by hand; {@link #validate(boolean)} returns a message per
 * field that is wrong, each starting with its error code.
 *
 * @param deploymentIds deployment ids separated by commas, spaces or new lines
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#platform-tool-relationship">LTI 1.3 Core §3</a>
 */
public record ManualRegistration(String issuer, String clientId, String authorizationUrl, String tokenUrl,
        String jwksUrl, String tokenAudience, String deploymentIds) {

    private static final int MAX_ID_LENGTH = 255;

    /** Field name → message; empty when everything is right. */
    public Map<String, String> validate(boolean requireHttps) {
        Map<String, String> errors = new LinkedHashMap<>();
        url(errors, "issuer", issuer, requireHttps);
        if (!errors.containsKey("issuer")) {
            URI parsed = URI.create(issuer.trim());
            if (parsed.getRawQuery() != null || parsed.getRawFragment() != null) {
                errors.put("issuer", "invalid_issuer: the issuer has no query or fragment");
            }
        }
        if (clientId == null || clientId.isBlank()) {
            errors.put("clientId", "missing_client_id: enter the client ID the LMS gave Laurel");
        }
        else if (clientId.trim().length() > MAX_ID_LENGTH) {
            errors.put("clientId", "invalid_client_id: at most " + MAX_ID_LENGTH + " characters");
        }
        url(errors, "authorizationUrl", authorizationUrl, requireHttps);
        url(errors, "tokenUrl", tokenUrl, requireHttps);
        url(errors, "jwksUrl", jwksUrl, requireHttps);
        if (tokenAudience != null && tokenAudience.trim().length() > 2000) {
            errors.put("tokenAudience", "invalid_token_audience: at most 2000 characters");
        }
        if (deploymentIdList().stream().anyMatch(id -> id.length() > MAX_ID_LENGTH)) {
            errors.put("deploymentIds", "invalid_deployment_id: each deployment ID has at most " + MAX_ID_LENGTH + " characters");
        }
        return errors;
    }

    /** The deployment ids entered, trimmed, without blanks or repeats. */
    public List<String> deploymentIdList() {
        if (deploymentIds == null || deploymentIds.isBlank()) {
            return List.of();
        }
        return Arrays.stream(deploymentIds.split("[,\\s]+")).map(String::trim).filter(id -> !id.isEmpty()).distinct().toList();
    }

    /** The registration to store; call only when {@link #validate(boolean)} found nothing. */
    public NewRegistration toNewRegistration() {
        URI issuerUrl = URI.create(issuer.trim());
        return new NewRegistration(issuer.trim(), clientId.trim(), URI.create(authorizationUrl.trim()),
                URI.create(tokenUrl.trim()), URI.create(jwksUrl.trim()),
                tokenAudience == null ? null : tokenAudience.trim(), issuerUrl.getHost(), RegistrationSource.MANUAL,
                false, deploymentIdList());
    }

    private static void url(Map<String, String> errors, String field, String value, boolean requireHttps) {
        if (value == null || value.isBlank()) {
            errors.put(field, "missing_url: this URL is required");
        }
        else if (PlatformUrls.parse(value, requireHttps).isEmpty()) {
            errors.put(field, "invalid_url: enter an absolute " + PlatformUrls.scheme(requireHttps) + " URL");
        }
    }
}
