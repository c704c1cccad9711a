package dev.laurel.tool.credentials;

/**
 * One check the verifier makes (proof, issuer key, schema, status, validity dates, transparency-log
 * inclusion). Every bean of this type runs for every credential presented to {@code /verify}.
 */
public interface VerificationCheck {

    /** Runs the check; never throws for bad input, but answers {@link VerificationStep.Outcome#FAILED}. */
    VerificationStep verify(PresentedCredential credential);
}
