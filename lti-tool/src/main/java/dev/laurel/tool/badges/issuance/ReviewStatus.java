package dev.laurel.tool.badges.issuance;

/** Where a learner stands with a badge on its review page. */
public enum ReviewStatus {
    /** Qualifies and was never awarded the badge: can be selected and issued. */
    QUALIFIES("Qualifies"),
    /** Qualifies, and an earlier award of the badge was revoked: can be selected and issued again (a new credential). */
    QUALIFIES_AGAIN("Qualifies again (the earlier badge was revoked)"),
    /** Does not meet the rule (yet). */
    NOT_YET("Does not qualify yet"),
    /** No longer active in the course: not selectable. */
    LEFT_COURSE("Left the course"),
    /** Holds the badge and still qualifies. */
    ISSUED("Issued"),
    /** Holds the badge, but the latest grades no longer meet the rule: the credential stays. */
    ISSUED_NO_LONGER_QUALIFIES("Issued, but no longer qualifies (grade changed/removed)"),
    /** Holds the badge and has left the course since. */
    ISSUED_LEFT_COURSE("Issued; has left the course since"),
    /** The badge was revoked, and the learner does not qualify now (or left the course). */
    REVOKED("Revoked");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean issued() {
        return this == ISSUED || this == ISSUED_NO_LONGER_QUALIFIES || this == ISSUED_LEFT_COURSE;
    }

    /** Whether the instructor can select the learner to issue the badge. */
    public boolean selectable() {
        return this == QUALIFIES || this == QUALIFIES_AGAIN;
    }
}
