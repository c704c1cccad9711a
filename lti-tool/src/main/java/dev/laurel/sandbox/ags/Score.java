package dev.laurel.sandbox.ags;

/** A score a tool published for a user (AGS §3.4); the newest by {@code timestamp} is kept. */
public record Score(long lineItemId, long userId, Double scoreGiven, Double scoreMaximum, String comment,
        String activityProgress, String gradingProgress, long timestamp) {
}
