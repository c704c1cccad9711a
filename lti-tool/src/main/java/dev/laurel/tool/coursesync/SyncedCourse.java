package dev.laurel.tool.coursesync;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the last sync of a course stored: the roster, the line items and every learner's results, as the badges
 * feature reads them. {@code resultsByUser} maps a user id to (line item URL → result).
 */
public record SyncedCourse(CourseKey course, List<SyncedMember> members, List<SyncedLineItem> lineItems,
        Map<String, Map<String, SyncedResult>> resultsByUser) {

    /** A member of the course; {@code status} is NRPS's {@code Active}, {@code Inactive} or Laurel's {@code Deleted}. */
    public record SyncedMember(String userId, String name, String email, Set<String> roles, String status) {

        public boolean active() {
            return "Active".equals(status);
        }
    }

    /** A line item (gradebook column). */
    public record SyncedLineItem(String url, String label, Double scoreMaximum, String tag, String resourceId,
            String resourceLinkId) {
    }

    /** One learner's result on one line item. */
    public record SyncedResult(Double score, Double maximum, String comment) {
    }
}
