package dev.laurel.tool.credentials.status;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one of Laurel's status lists is served: {@code <public-url>/status/{issuerSlug}/{purpose}/{listNumber}}.
 *
 * @param issuerSlug the issuer profile's slug (its id is {@code <public-url>/issuers/{slug}})
 * @param purpose the list's purpose
 * @param listNumber the list's number within the issuer and purpose, from 1
 */
public record StatusListLocation(String issuerSlug, StatusPurpose purpose, int listNumber) {

    private static final Pattern PATH = Pattern.compile("/status/([a-z0-9][a-z0-9-]{0,63})/([a-z]+)/([1-9][0-9]{0,8})");

    /** The list credential's URL under {@code baseUrl}. */
    public String url(String baseUrl) {
        return baseUrl + path();
    }

    public String path() {
        return "/status/" + issuerSlug + "/" + purpose.value() + "/" + listNumber;
    }

    /** The location a URL names, when it is one of Laurel's status list URLs under {@code baseUrl}. */
    public static Optional<StatusListLocation> fromUrl(String url, String baseUrl) {
        if (url == null || !url.startsWith(baseUrl + "/status/")) {
            return Optional.empty();
        }
        return fromPath(url.substring(baseUrl.length()));
    }

    /** The location a request path names, if it is well formed. */
    public static Optional<StatusListLocation> fromPath(String path) {
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return StatusPurpose.fromValue(matcher.group(2))
                .map(purpose -> new StatusListLocation(matcher.group(1), purpose, Integer.parseInt(matcher.group(3))));
    }
}
