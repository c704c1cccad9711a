package dev.laurel.tool.credentials.baking;

import java.util.regex.Pattern;

/** How a baked credential is serialized: a VC-JWT compact JWS, or the credential's JSON. */
enum BakedCredentialFormat {
    JWT, JSON;

    static final int MAX_CREDENTIAL_BYTES = 1024 * 1024;
    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    /** Recognizes a credential to bake, refusing anything empty, oversized, or neither a JWS nor JSON. */
    static BakedCredentialFormat of(String credential) {
        if (credential == null || credential.isBlank()) {
            throw new BakingException("credential_missing", "there is no credential to bake");
        }
        if (credential.length() > MAX_CREDENTIAL_BYTES) {
            throw new BakingException("credential_too_large", "the credential is larger than " + MAX_CREDENTIAL_BYTES + " characters");
        }
        String trimmed = credential.strip();
        if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
            return JSON;
        }
        if (COMPACT_JWS.matcher(trimmed).matches()) {
            return JWT;
        }
        throw new BakingException("credential_format_unknown", "the credential is neither a compact JWS (VC-JWT) nor a JSON object");
    }
}
