package dev.laurel.tool.ags;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An AGS line item (a gradebook column). {@code id} is its URL, null before creation.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#line-item-service">AGS §3.2 line item</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LineItem(String id, Double scoreMaximum, String label, String resourceId, String resourceLinkId,
        String tag, String startDateTime, String endDateTime, Boolean gradesReleased) {

    /** A new line item to create. */
    public static LineItem of(String label, double scoreMaximum) {
        return new LineItem(null, scoreMaximum, label, null, null, null, null, null, null);
    }

    public LineItem withResourceId(String value) {
        return new LineItem(id, scoreMaximum, label, value, resourceLinkId, tag, startDateTime, endDateTime, gradesReleased);
    }

    public LineItem withResourceLinkId(String value) {
        return new LineItem(id, scoreMaximum, label, resourceId, value, tag, startDateTime, endDateTime, gradesReleased);
    }

    public LineItem withTag(String value) {
        return new LineItem(id, scoreMaximum, label, resourceId, resourceLinkId, value, startDateTime, endDateTime, gradesReleased);
    }

    public LineItem withLabel(String value) {
        return new LineItem(id, scoreMaximum, value, resourceId, resourceLinkId, tag, startDateTime, endDateTime, gradesReleased);
    }

    public LineItem withScoreMaximum(double value) {
        return new LineItem(id, value, label, resourceId, resourceLinkId, tag, startDateTime, endDateTime, gradesReleased);
    }
}
