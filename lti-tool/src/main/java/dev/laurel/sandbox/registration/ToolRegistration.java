package dev.laurel.sandbox.registration;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A tool registered with the sandbox: its OAuth client and its LTI tool configuration.
 *
 * @param id the registration's number, also Moodle's {@code type_id} in service URLs
 * @param messages the tool's {@code messages} entries (each a JSON object with at least {@code type})
 */
public record ToolRegistration(long id, String clientId, String deploymentId, String clientName,
        String initiateLoginUri, String targetLinkUri, String jwksUri, List<String> redirectUris, String domain,
        List<String> scopes, List<String> claims, List<Map<String, Object>> messages, Map<String, Object> custom,
        String logoUri, long registeredAt) {

    /** The tool's web origin ({@code scheme://host[:port]} of its target link URI), for postMessage checks. */
    public String origin() {
        URI uri = URI.create(targetLinkUri);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** The target link URI the tool declared for a message type, else its default target link URI. */
    public String targetLinkUriFor(String messageType) {
        return messages.stream().filter(message -> messageType.equals(message.get("type")))
                .map(message -> message.get("target_link_uri")).filter(String.class::isInstance)
                .map(String.class::cast).findFirst().orElse(targetLinkUri);
    }

    /** Whether the tool declared it accepts this message type (resource link launches are always accepted). */
    public boolean supportsMessage(String messageType) {
        return "LtiResourceLinkRequest".equals(messageType)
                || messages.stream().anyMatch(message -> messageType.equals(message.get("type")));
    }
}
