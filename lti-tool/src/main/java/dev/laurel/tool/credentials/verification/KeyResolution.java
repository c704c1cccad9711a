package dev.laurel.tool.credentials.verification;

import dev.laurel.tool.credentials.issuer.VerificationKey;

/**
 * How the key of a presented credential was resolved, offline.
 *
 * @param status resolved, not resolvable offline, or failed (malformed or unsupported reference)
 * @param key the key when resolved
 * @param reference the {@code kid} / {@code verificationMethod} as presented (may be null)
 * @param code a specific code when not resolved
 * @param message a readable sentence
 * @param laurelKey whether the key is one of Laurel's own issuer keys
 * @param namedKey when not resolvable: the Ed25519 key the reference's fragment spells out as a Multikey
 *        ({@code …#z6Mk…}, the convention of OB 3.0's examples), which the unfetched controller document
 *        would have to confirm; null otherwise
 */
public record KeyResolution(Status status, VerificationKey key, String reference, String code, String message,
        boolean laurelKey, VerificationKey namedKey) {

    public enum Status {
        RESOLVED, UNRESOLVABLE, FAILED
    }

    static KeyResolution resolved(VerificationKey key, String reference, boolean laurelKey, String message) {
        return new KeyResolution(Status.RESOLVED, key, reference, null, message, laurelKey, null);
    }

    static KeyResolution unresolvable(String reference, String message) {
        return unresolvable(reference, message, null);
    }

    static KeyResolution unresolvable(String reference, String message, VerificationKey namedKey) {
        return new KeyResolution(Status.UNRESOLVABLE, null, reference, "key_not_resolvable_offline",
                "key not resolvable offline: " + message, false, namedKey);
    }

    static KeyResolution failed(String reference, String code, String message) {
        return new KeyResolution(Status.FAILED, null, reference, code, message, false, null);
    }
}
