package dev.laurel.tool.badges.issuance;

/** Where an issuance run is. */
public enum IssuanceRunState {
    /** Scheduled, not started yet. */
    REQUESTED,
    /** Issuing (also after a restart, until it resumes and completes). */
    RUNNING,
    /** Every item is done (issued, skipped or failed). */
    COMPLETED,
    /** The last attempt stopped on an error; the job retries and resumes where it stopped. */
    FAILED;

    public boolean active() {
        return this == REQUESTED || this == RUNNING;
    }
}
