package dev.laurel.sandbox.deeplinking;

import java.util.List;

/** What a verified deep-linking response did: the items placed, and the tool's messages to show or log. */
public record DeepLinkingResult(long courseId, List<PlacedItem> items, String message, String errorMessage) {
}
