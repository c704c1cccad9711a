package dev.laurel.tool.credentials.status;

import java.time.Instant;

/**
 * One audited status change.
 *
 * @param credentialId the credential changed
 * @param action what was done
 * @param reason why, as the actor wrote it
 * @param reasonPublic whether verifiers may see the reason
 * @param actor who did it (an account id, never a name or e-mail)
 * @param changedAt when
 */
public record StatusChange(String credentialId, Action action, String reason, boolean reasonPublic, String actor, Instant changedAt) {

    /** The kinds of change. */
    public enum Action {
        REVOKE, SUSPEND, UNSUSPEND
    }
}
