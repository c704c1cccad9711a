package dev.laurel.tool.credentials;

import org.springframework.util.Assert;

/**
 * The result of one {@link VerificationCheck}, as {@code POST /verify} reports it in {@code checks}.
 *
 * @param check the check's name: {@code proof}, {@code issuer_key}, {@code schema}, {@code status},
 *        {@code validity}, {@code transparency_log}
 * @param outcome what the check found
 * @param message a sentence a person can read, naming what failed and why
 */
public record VerificationStep(String check, Outcome outcome, String message) {

    public VerificationStep {
        Assert.hasText(check, "check cannot be empty");
        Assert.notNull(outcome, "outcome cannot be null");
    }

    /**
     * How a check ended. A credential is verified when its {@code proof} check PASSED and no check FAILED: an
     * UNRESOLVABLE key leaves it unverified without calling it forged.
     */
    public enum Outcome {
        PASSED, FAILED, NOT_APPLICABLE, UNRESOLVABLE
    }
}
