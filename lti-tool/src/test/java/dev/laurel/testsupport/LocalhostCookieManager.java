package dev.laurel.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A cookie jar that treats {@code http://localhost} as a secure context, as Chromium does: it sends
 * {@code Secure} cookies (Laurel's are all {@code SameSite=None; Secure}) to localhost over plain http, which
 * {@link CookieManager} alone never does.
 */
public final class LocalhostCookieManager extends CookieManager {

    public LocalhostCookieManager() {
        super(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER);
    }

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        return super.get(asSecureWhenLocalhost(uri), requestHeaders);
    }

    private static URI asSecureWhenLocalhost(URI uri) {
        if ("http".equals(uri.getScheme()) && "localhost".equals(uri.getHost())) {
            return URI.create("https" + uri.toString().substring("http".length()));
        }
        return uri;
    }
}
