package dev.laurel.tool.badges.issuance;

/** Where a learner stands with a badge on its review page. */
public enum ReviewStatus {
    /** Qualifies and does not hold the badge: can be selected and issued. */
    QUALIFIES("Qualifies"),
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
    /** The badge was revoked. */
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
}
