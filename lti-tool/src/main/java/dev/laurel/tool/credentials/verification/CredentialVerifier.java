package dev.laurel.tool.credentials.verification;

import dev.laurel.tool.credentials.PresentedCredential;
import dev.laurel.tool.credentials.VerificationCheck;
import dev.laurel.tool.credentials.VerificationStep;
import dev.laurel.tool.credentials.VerificationStep.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs every {@link VerificationCheck} on a presented credential. A credential is verified when its proof
 * passed and no check failed; an unresolvable key leaves it unverified without calling it forged.
 */
@Service
public class CredentialVerifier {

    private static final Logger log = LoggerFactory.getLogger(CredentialVerifier.class);

    private final PresentedCredentialParser parser;
    private final List<VerificationCheck> checks;

    public CredentialVerifier(PresentedCredentialParser parser, List<VerificationCheck> checks) {
        this.parser = parser;
        this.checks = List.copyOf(checks);
    }

    /** Parses and verifies presented text (JSON or compact JWT); bad input gives a failed {@code format} step. */
    public Verdict verify(String presented) {
        try {
            return verify(parser.parse(presented));
        }
        catch (CredentialParseException ex) {
            return new Verdict(false, List.of(new VerificationStep("format", Outcome.FAILED, ex.code() + ": " + ex.getMessage())));
        }
    }

    public Verdict verify(PresentedCredential credential) {
        List<VerificationStep> steps = new ArrayList<>(checks.size());
        for (VerificationCheck check : checks) {
            try {
                steps.add(check.verify(credential));
            }
            catch (RuntimeException ex) {
                log.warn("verification_check_error: {} threw {}", check.getClass().getSimpleName(), ex.getClass().getSimpleName());
                steps.add(new VerificationStep(check.getClass().getSimpleName(), Outcome.FAILED,
                        "check_error: the check could not complete on this input."));
            }
        }
        boolean proofPassed = steps.stream().anyMatch(s -> ProofCheck.NAME.equals(s.check()) && s.outcome() == Outcome.PASSED);
        boolean anyFailed = steps.stream().anyMatch(s -> s.outcome() == Outcome.FAILED);
        return new Verdict(proofPassed && !anyFailed, List.copyOf(steps));
    }

    /** The verifier's answer, as {@code POST /verify} returns it. */
    public record Verdict(boolean verified, List<VerificationStep> checks) {

        /** The first failed step, if any. */
        public java.util.Optional<VerificationStep> firstFailure() {
            return checks.stream().filter(s -> s.outcome() == Outcome.FAILED).findFirst();
        }

        public java.util.Optional<VerificationStep> step(String name) {
            return checks.stream().filter(s -> name.equals(s.check())).findFirst();
        }
    }
}
