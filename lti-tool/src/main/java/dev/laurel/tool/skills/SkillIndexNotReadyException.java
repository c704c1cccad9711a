package dev.laurel.tool.skills;

/** The skills index is still being built (or its build failed); error code {@code skills_index_not_ready}. */
public final class SkillIndexNotReadyException extends RuntimeException {

    /** The error code a caller shows. */
    public static final String CODE = "skills_index_not_ready";

    private final boolean failed;

    SkillIndexNotReadyException(boolean failed) {
        super(failed ? "The skills index could not be built; see the log."
                : "The skills index is still being built; try again in a few seconds.");
        this.failed = failed;
    }

    /** Whether the build failed (rather than still running). */
    public boolean failed() {
        return failed;
    }
}
