package dev.laurel.tool.badges.issuance;

/**
 * One (badge, learner) of a run once done or still pending: {@code state} is {@code PENDING}, {@code ISSUED},
 * {@code SKIPPED} or {@code FAILED}; {@code errorCode} names why it was skipped or failed, {@code errorMessage}
 * says it to the instructor.
 */
public record IssuanceItem(long runId, long badgeId, String userId, String state, String errorCode, String errorMessage,
        String credentialUuid) {

    public static final String PENDING = "PENDING";
    public static final String ISSUED = "ISSUED";
    public static final String SKIPPED = "SKIPPED";
    public static final String FAILED = "FAILED";
}
