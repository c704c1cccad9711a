package dev.laurel.sandbox.ags;

import dev.laurel.sandbox.course.Courses;
import dev.laurel.sandbox.platform.ServiceProblem;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's AGS 2.0 rules (<a href="https://www.imsglobal.org/spec/lti-ags/v2p0/">AGS 2.0</a>): line item
 * validation and ownership, score validation and "newest timestamp wins", results from scores.
 */
@Service
public class AssignmentGradeService {

    static final Set<String> ACTIVITY_PROGRESS = Set.of("Initialized", "Started", "InProgress", "Submitted", "Completed");
    static final Set<String> GRADING_PROGRESS = Set.of("FullyGraded", "Pending", "PendingManual", "Failed", "NotReady");

    private final Courses courses;
    private final LineItems lineItems;
    private final Scores scores;

    AssignmentGradeService(Courses courses, LineItems lineItems, Scores scores) {
        this.courses = courses;
        this.lineItems = lineItems;
        this.scores = scores;
    }

    public void requireCourse(long courseId) {
        if (courses.find(courseId).isEmpty()) {
            throw new ServiceProblem(404, "course_not_found", "no course " + courseId);
        }
    }

    public List<LineItem> lineItems(long courseId, LineItems.Filter filter, long from, int limit) {
        requireCourse(courseId);
        return lineItems.page(courseId, filter, from, limit);
    }

    public LineItem lineItem(long courseId, long lineItemId) {
        requireCourse(courseId);
        return lineItems.find(courseId, lineItemId)
                .orElseThrow(() -> new ServiceProblem(404, "line_item_not_found", "no line item " + lineItemId + " in this course"));
    }

    /** Creates a line item owned by the calling tool (AGS §3.2.3). */
    @Transactional
    public LineItem create(long courseId, String clientId, Map<String, Object> body) {
        requireCourse(courseId);
        return lineItems.add(parse(courseId, 0, clientId, body));
    }

    /** Replaces a line item the calling tool owns (AGS §3.2.6). */
    @Transactional
    public LineItem update(long courseId, long lineItemId, String clientId, Map<String, Object> body) {
        LineItem existing = owned(courseId, lineItemId, clientId);
        LineItem updated = parse(courseId, existing.id(), clientId, body);
        lineItems.update(updated);
        return updated;
    }

    @Transactional
    public void delete(long courseId, long lineItemId, String clientId) {
        lineItems.delete(owned(courseId, lineItemId, clientId));
    }

    public List<Score> results(long courseId, long lineItemId, String userId, long from, int limit) {
        LineItem item = lineItem(courseId, lineItemId);
        if (userId != null && !userId.matches("\\d{1,18}")) {
            return List.of();
        }
        return scores.page(item.id(), userId == null ? null : Long.valueOf(userId), from, limit);
    }

    /** Publishes a score (AGS §3.4), keeping the newest by timestamp. */
    @Transactional
    public void score(long courseId, long lineItemId, Map<String, Object> body) {
        LineItem item = lineItem(courseId, lineItemId);
        Score score = parseScore(courseId, item.id(), body);
        // AGS §3.4.7: a score older than the one on record must not replace it
        if (scores.timestampOf(item.id(), score.userId()).filter(stored -> stored > score.timestamp()).isPresent()) {
            throw new ServiceProblem(409, "score_out_of_date", "a newer score is already recorded for this user");
        }
        scores.put(score);
    }

    private LineItem owned(long courseId, long lineItemId, String clientId) {
        LineItem existing = lineItem(courseId, lineItemId);
        if (!clientId.equals(existing.ownerClientId())) {
            throw new ServiceProblem(403, "line_item_not_owned", "only the tool that created a line item may change it");
        }
        return existing;
    }

    private LineItem parse(long courseId, long id, String clientId, Map<String, Object> body) {
        String label = string(body, "label", "line_item_label_invalid");
        if (label == null || label.isBlank()) {
            throw new ServiceProblem(400, "line_item_label_missing", "label is required");
        }
        if (!(body.get("scoreMaximum") instanceof Number maximum) || maximum.doubleValue() <= 0) {
            throw new ServiceProblem(400, "line_item_score_maximum_invalid", "scoreMaximum must be a number greater than 0");
        }
        String resourceLinkId = string(body, "resourceLinkId", "line_item_resource_link_invalid");
        if (resourceLinkId != null && !courses.hasResourceLink(courseId, resourceLinkId)) {
            throw new ServiceProblem(400, "line_item_resource_link_unknown", "no resource link " + resourceLinkId + " in this course");
        }
        Object released = body.get("gradesReleased");
        if (released != null && !(released instanceof Boolean)) {
            throw new ServiceProblem(400, "line_item_grades_released_invalid", "gradesReleased must be a boolean");
        }
        return new LineItem(id, courseId, label, maximum.doubleValue(), string(body, "resourceId", "line_item_resource_id_invalid"),
                resourceLinkId, string(body, "tag", "line_item_tag_invalid"), dateTime(body, "startDateTime"),
                dateTime(body, "endDateTime"), (Boolean) released, clientId);
    }

    private Score parseScore(long courseId, long lineItemId, Map<String, Object> body) {
        String userId = string(body, "userId", "score_user_id_invalid");
        if (userId == null || !userId.matches("\\d{1,18}") || courses.member(courseId, Long.parseLong(userId)).isEmpty()) {
            throw new ServiceProblem(400, "score_user_unknown", "userId must be a member of this course");
        }
        String timestamp = string(body, "timestamp", "score_timestamp_invalid");
        long millis;
        try {
            millis = OffsetDateTime.parse(timestamp == null ? "" : timestamp).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new ServiceProblem(400, "score_timestamp_invalid", "timestamp must be an ISO 8601 date-time with offset");
        }
        String activity = string(body, "activityProgress", "score_activity_progress_invalid");
        if (!ACTIVITY_PROGRESS.contains(activity)) {
            throw new ServiceProblem(400, "score_activity_progress_invalid", "activityProgress must be one of " + ACTIVITY_PROGRESS);
        }
        String grading = string(body, "gradingProgress", "score_grading_progress_invalid");
        if (!GRADING_PROGRESS.contains(grading)) {
            throw new ServiceProblem(400, "score_grading_progress_invalid", "gradingProgress must be one of " + GRADING_PROGRESS);
        }
        Double given = null;
        Double maximum = null;
        if (body.get("scoreGiven") != null) {
            if (!(body.get("scoreGiven") instanceof Number number) || number.doubleValue() < 0) {
                throw new ServiceProblem(400, "score_given_invalid", "scoreGiven must be a number of at least 0");
            }
            given = number.doubleValue();
            // AGS §3.4.5: scoreMaximum is required with scoreGiven
            if (!(body.get("scoreMaximum") instanceof Number max) || max.doubleValue() <= 0) {
                throw new ServiceProblem(400, "score_maximum_invalid", "scoreMaximum must be a number greater than 0");
            }
            maximum = max.doubleValue();
        }
        return new Score(lineItemId, Long.parseLong(userId), given, maximum, string(body, "comment", "score_comment_invalid"),
                activity, grading, millis);
    }

    private static String dateTime(Map<String, Object> body, String name) {
        String value = string(body, name, "line_item_" + name + "_invalid");
        if (value != null) {
            try {
                OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                throw new ServiceProblem(400, "line_item_date_invalid", name + " must be an ISO 8601 date-time with offset");
            }
        }
        return value;
    }

    private static String string(Map<String, Object> body, String name, String code) {
        Object value = body.get(name);
        if (value != null && !(value instanceof String)) {
            throw new ServiceProblem(400, code, name + " must be a string");
        }
        return (String) value;
    }
}
