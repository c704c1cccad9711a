package dev.laurel.tool.services;

import java.net.URI;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * One request to a platform service.
 *
 * @param method HTTP method
 * @param uri absolute URL
 * @param scopes the OAuth2 scopes the access token needs
 * @param accept the spec media type to accept, or null
 * @param contentType the spec media type of {@code body}, or null without a body
 * @param body the JSON body, or null
 */
public record PlatformRequest(HttpMethod method, URI uri, Set<String> scopes, String accept, String contentType,
        byte[] body) {

    public PlatformRequest {
        Assert.notNull(method, "method cannot be null");
        Assert.notNull(uri, "uri cannot be null");
        Assert.notEmpty(scopes, "scopes cannot be empty");
        scopes = Set.copyOf(scopes);
    }

    public static PlatformRequest get(URI uri, String scope, String accept) {
        return new PlatformRequest(HttpMethod.GET, uri, Set.of(scope), accept, null, null);
    }
}
