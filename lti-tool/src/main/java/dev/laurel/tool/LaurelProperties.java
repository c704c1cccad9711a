package dev.laurel.tool;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;

/**
 * Laurel's own settings.
 *
 * @param publicUrl the base URL every id in credentials and every URL in registrations is built on
 * @param requireHttps whether the public URL must be https (the production profile sets it)
 * @param sandbox where the built-in sandbox LMS is, when it runs
 */
@ConfigurationProperties("laurel")
public record LaurelProperties(URI publicUrl, boolean requireHttps, Sandbox sandbox) {

    public LaurelProperties {
        Assert.notNull(publicUrl, "laurel.public-url cannot be null (set LAUREL_PUBLIC_URL)");
        Assert.isTrue(!requireHttps || "https".equals(publicUrl.getScheme()),
                () -> "laurel.public-url must be an https URL in production, not " + publicUrl);
        if (sandbox == null) {
            sandbox = new Sandbox(false, null);
        }
    }

    /** The public URL without a trailing slash, for building absolute URLs. */
    public String baseUrl() {
        String url = publicUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * @param enabled whether the sandbox LMS runs beside the tool
     * @param url the sandbox's own origin, as a browser reaches it
     */
    public record Sandbox(boolean enabled, URI url) {
    }
}
