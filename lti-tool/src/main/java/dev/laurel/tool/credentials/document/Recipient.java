package dev.laurel.tool.credentials.document;

import org.springframework.util.Assert;

/**
 * Who earns the credential.
 *
 * @param stableId a stable per-learner id (e.g. the registration and LTI {@code sub}); issuing is idempotent per
 *        (achievement, stableId), and without an email it identifies the subject
 * @param email the learner's email, only ever published salted and hashed; may be null
 * @param name the learner's name, published only when the learner allows it; may be null
 */
public record Recipient(String stableId, String email, String name) {

    public Recipient {
        Assert.hasText(stableId, "stableId cannot be empty");
    }

    @Override
    public String toString() {
        return "Recipient[stableId=" + stableId + "]";
    }
}
