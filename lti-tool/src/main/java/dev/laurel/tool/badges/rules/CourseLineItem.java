package dev.laurel.tool.badges.rules;

/** A gradebook column of the course as the last sync read it: its URL, label and maximum score. */
public record CourseLineItem(String url, String label, Double scoreMaximum) {
}
