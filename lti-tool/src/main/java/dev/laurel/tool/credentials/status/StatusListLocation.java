package dev.laurel.tool.credentials.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one of Laurel's status lists is served: {@code <public-url>/status/{issuerKey}/{purpose}/{listNumber}}.
 * The issuer key is a short digest of the issuer's id, so the URL is stable and reveals nothing more.
 *
 * @param issuerKey base64url of the first 16 bytes of SHA-256 of the issuer id
 * @param purpose the list's purpose
 * @param listNumber the list's number within the issuer and purpose, from 1
 */
public record StatusListLocation(String issuerKey, StatusPurpose purpose, int listNumber) {

    private static final Pattern PATH = Pattern.compile("/status/([A-Za-z0-9_-]{22})/([a-z]+)/([1-9][0-9]{0,8})");

    /** The issuer key of an issuer id. */
    public static String issuerKey(String issuerId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(issuerId.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The list credential's URL under {@code baseUrl}. */
    public String url(String baseUrl) {
        return baseUrl + path();
    }

    public String path() {
        return "/status/" + issuerKey + "/" + purpose.value() + "/" + listNumber;
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
