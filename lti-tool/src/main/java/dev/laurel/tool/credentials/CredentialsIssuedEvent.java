package dev.laurel.tool.credentials;

import java.util.List;

/**
 * Published (synchronously, inside the issuing transaction) once a batch of credentials is signed and stored; the
 * transparency log appends their hashes in one go, so the credentials and their log entries commit together.
 */
public record CredentialsIssuedEvent(List<IssuedCredential> credentials) {

    public CredentialsIssuedEvent {
        credentials = List.copyOf(credentials);
    }
}
