package dev.laurel.sandbox.oauth;

import java.util.List;

/** What a valid bearer token allows: the tool it was issued to and its scopes. */
public record AccessGrant(String clientId, List<String> scopes) {

    /** Whether any of the given scopes was granted. */
    public boolean allowsAny(String... wanted) {
        for (String scope : wanted) {
            if (scopes.contains(scope)) {
                return true;
            }
        }
        return false;
    }
}
