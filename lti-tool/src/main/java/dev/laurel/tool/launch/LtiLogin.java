package dev.laurel.tool.launch;

import java.time.Instant;

/**
 * A login initiation, as its signed state carries it: hashes of its state, nonce and browser binding, never the
 * values themselves.
 *
 * @param storageTarget the {@code lti_storage_target} the platform offered, or {@code null} (cookies only)
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#openid_connect_launch_flow">Security Framework §5.1.1</a>
 */
public record LtiLogin(String stateHash, String nonceHash, String browserHash, long registrationId,
        String targetLinkUri, String storageTarget, Instant createdAt, Instant expiresAt) {

    /** Whether the platform offered its storage, so the state can be confirmed without cookies. */
    public boolean offersPlatformStorage() {
        return storageTarget != null;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
