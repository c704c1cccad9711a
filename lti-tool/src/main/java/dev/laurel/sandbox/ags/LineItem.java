package dev.laurel.sandbox.ags;

/**
 * A line item (AGS §3.2); {@code ownerClientId} is the tool that created it, {@code null} for the LMS's own
 * gradebook items (assignments and rubric criteria), which tools may read and score but not change.
 */
public record LineItem(long id, long courseId, String label, double scoreMaximum, String resourceId,
        String resourceLinkId, String tag, String startDateTime, String endDateTime, Boolean gradesReleased,
        String ownerClientId) {

    public LineItem withId(long newId) {
        return new LineItem(newId, courseId, label, scoreMaximum, resourceId, resourceLinkId, tag, startDateTime,
                endDateTime, gradesReleased, ownerClientId);
    }
}
