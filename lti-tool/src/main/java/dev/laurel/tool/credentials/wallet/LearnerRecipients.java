package dev.laurel.tool.credentials.wallet;

import dev.laurel.tool.credentials.document.Recipient;
import dev.laurel.tool.launch.LtiUser;

/**
 * The recipient of a launched learner's credentials: stable id {@code lti:{registrationId}:{sub}} (the LTI
 * {@code sub} is stable per platform issuer, so the registration scopes it), with the launch's email and name.
 * The badges feature issues with {@link #recipient(LtiUser)} so that "My badges" finds the credentials.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#user-identity-claims">LTI 1.3 Core §5.3.6</a>
 */
public final class LearnerRecipients {

    private LearnerRecipients() {
    }

    /** The stable recipient key of {@code sub} under the registration. */
    public static String stableId(long registrationId, String sub) {
        return "lti:" + registrationId + ":" + sub;
    }

    public static String stableId(LtiUser user) {
        return stableId(user.registrationId(), user.userId());
    }

    /** The {@link Recipient} to issue to for this learner, exactly as the launch stored them. */
    public static Recipient recipient(LtiUser user) {
        return new Recipient(stableId(user), user.email(), user.name());
    }
}
