package dev.laurel.tool.credentials.issuing;

import dev.laurel.tool.credentials.IssuedCredential;
import org.springframework.util.Assert;

/**
 * What a batch issue did with one request: issued a new credential, found the active one issued before, or failed
 * with an error code and a readable message (the other requests of the batch are not affected).
 *
 * @param credential the active credential, null when it failed
 * @param newlyIssued whether this batch signed it (false when it was issued before)
 */
public record IssueOutcome(IssueRequest request, IssuedCredential credential, boolean newlyIssued, String errorCode,
        String errorMessage) {

    public IssueOutcome {
        Assert.notNull(request, "request cannot be null");
        Assert.isTrue(credential != null || errorCode != null, "an outcome has a credential or an error code");
    }

    static IssueOutcome issued(IssueRequest request, IssuedCredential credential, boolean newlyIssued) {
        return new IssueOutcome(request, credential, newlyIssued, null, null);
    }

    static IssueOutcome failed(IssueRequest request, RuntimeException failure) {
        return new IssueOutcome(request, null, false, codeOf(failure), messageOf(failure));
    }

    public boolean issued() {
        return credential != null;
    }

    /** The code of a failure: the {@code code:} prefix of Laurel's messages, else a code for its kind. */
    private static String codeOf(RuntimeException failure) {
        String message = failure.getMessage();
        if (message != null && message.matches("[a-z][a-z0-9_]{2,63}:.*")) {
            return message.substring(0, message.indexOf(':'));
        }
        if (failure instanceof org.springframework.dao.DataAccessException) {
            return "credential_not_stored";
        }
        return "credential_not_issued";
    }

    private static String messageOf(RuntimeException failure) {
        if (failure instanceof org.springframework.dao.DataAccessException) {
            // the driver's text may quote the statement and its values; say what happened in plain words
            return "The credential could not be stored (" + failure.getClass().getSimpleName() + ").";
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.length() <= 500 ? message : message.substring(0, 500);
    }
}
