package dev.laurel.sandbox.deeplinking;

/** A content item a tool placed in a course by deep linking (Deep Linking §3). */
public record PlacedItem(long id, long courseId, String clientId, String type, String title, String url, String json,
        long placedAt) {
}
