package dev.laurel.tool.credentials.document;

/** Evidence of the learner's achievement; {@code url} may be null when the narrative says it all. */
public record EvidenceItem(String url, String name, String narrative, String description) {
}
