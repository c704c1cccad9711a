package dev.laurel.sandbox.platform;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The sandbox's public URLs; the issuer is the public URL. When {@code sandbox.public-url} is empty the URL
 * follows the port the server really bound, on {@code 127.0.0.1} (so the sandbox stays cross-site to the tool).
 */
@Component
public final class PlatformUrls {

    private final String configured;
    private final AtomicReference<String> derived = new AtomicReference<>();

    PlatformUrls(SandboxProperties properties) {
        this.configured = stripSlash(properties.publicUrl());
    }

    @EventListener
    void onServerStarted(WebServerInitializedEvent event) {
        derived.set("http://127.0.0.1:" + event.getWebServer().getPort());
    }

    /** The platform issuer ({@code iss} of every id_token): the sandbox's public URL. */
    public String issuer() {
        if (!configured.isEmpty()) {
            return configured;
        }
        String url = derived.get();
        if (url == null) {
            throw new IllegalStateException("sandbox public URL not known before the server has started");
        }
        return url;
    }

    public String url(String path) {
        return issuer() + path;
    }

    public String jwks() {
        return url("/jwks");
    }

    public String authorization() {
        return url("/oidc/auth");
    }

    public String token() {
        return url("/oauth2/token");
    }

    public String registration() {
        return url("/lti/registration");
    }

    public String openIdConfiguration() {
        return url("/.well-known/openid-configuration");
    }

    public String deepLinkingReturn() {
        return url("/deep-linking/return");
    }

    public String lineItems(long courseId, long typeId) {
        return url("/api/lti/courses/" + courseId + "/lineitems?type_id=" + typeId);
    }

    public String lineItem(long courseId, long lineItemId, long typeId) {
        return url("/api/lti/courses/" + courseId + "/lineitems/" + lineItemId + "/lineitem?type_id=" + typeId);
    }

    public String memberships(long courseId) {
        return url("/api/lti/courses/" + courseId + "/memberships");
    }

    private static String stripSlash(String url) {
        String value = url == null ? "" : url.trim();
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
