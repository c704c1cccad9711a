package dev.laurel.tool.credentials;

/**
 * Published (synchronously, inside the issuing transaction) once a credential is signed and stored; the
 * transparency log appends its hash here, so an issued credential and its log entry commit together.
 */
public record CredentialIssuedEvent(IssuedCredential credential) {
}
