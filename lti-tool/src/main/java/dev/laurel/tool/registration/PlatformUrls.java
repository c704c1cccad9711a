package dev.laurel.tool.registration;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Checks on URLs a platform or an admin gives Laurel. */
final class PlatformUrls {

    private PlatformUrls() {
    }

    /** The value as an absolute http(s) URL with a host (https only when required), or empty. */
    static Optional<URI> parse(String value, boolean requireHttps) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean allowed = "https".equals(scheme) || (!requireHttps && "http".equals(scheme));
            return allowed && uri.getHost() != null && uri.getRawUserInfo() == null ? Optional.of(uri) : Optional.empty();
        }
        catch (URISyntaxException ex) {
            return Optional.empty();
        }
    }

    static String scheme(boolean requireHttps) {
        return requireHttps ? "https" : "http(s)";
    }

    static boolean sameOrigin(URI a, URI b) {
        return origin(a).equals(origin(b));
    }

    /** scheme://host[:port], lower case, default ports left out; never the path or query. */
    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
