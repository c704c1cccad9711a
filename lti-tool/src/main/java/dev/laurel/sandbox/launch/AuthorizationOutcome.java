package dev.laurel.sandbox.launch;

import java.util.Map;

/**
 * The answer to an OIDC authorization request: either fields to form-POST to the tool's redirect URI
 * (an id_token, or an OIDC error), or a readable error page when there is no trustworthy redirect URI.
 */
public sealed interface AuthorizationOutcome {

    /** Auto-submit these fields to {@code redirectUri} (OIDC Core §3.1.2.5 / §3.1.2.6 with form_post). */
    record FormPost(String redirectUri, Map<String, String> fields) implements AuthorizationOutcome {
    }

    /** Show an error page: the client or its redirect URI cannot be trusted (OIDC Core §3.1.2.6). */
    record ErrorPage(String code, String description) implements AuthorizationOutcome {
    }
}
