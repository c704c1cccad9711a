package dev.laurel.sandbox.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sandbox's settings.
 *
 * @param toolUrl the tool's public URL (where {@code /lti/register} lives); empty when no tool is known
 * @param publicUrl the sandbox's own public URL and issuer; empty means {@code http://127.0.0.1:<local port>}
 * @param autoRegister whether the sandbox registers the tool by itself at first start
 */
@ConfigurationProperties("sandbox")
public record SandboxProperties(@DefaultValue("") String toolUrl, @DefaultValue("") String publicUrl,
        @DefaultValue("true") boolean autoRegister) {
}
