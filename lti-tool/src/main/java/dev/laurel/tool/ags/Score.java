package dev.laurel.tool.ags;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.util.Assert;

/**
 * A score published to a line item; {@code canvasSubmission} is Canvas's optional submission extension.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#score-publish-service">AGS §3.4 score</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Score(String userId, Double scoreGiven, Double scoreMaximum, String comment, String timestamp,
        ActivityProgress activityProgress, GradingProgress gradingProgress,
        @JsonProperty(CanvasSubmission.CLAIM) CanvasSubmission canvasSubmission) {

    public Score {
        Assert.hasText(userId, "userId cannot be empty");
        Assert.hasText(timestamp, "timestamp cannot be empty");
        Assert.notNull(activityProgress, "activityProgress cannot be null");
        Assert.notNull(gradingProgress, "gradingProgress cannot be null");
        Assert.isTrue(scoreGiven == null || scoreMaximum != null, "scoreMaximum is required with scoreGiven");
    }

    /** A graded score: {@code scoreGiven} out of {@code scoreMaximum}, completed and fully graded, at {@code at}. */
    public static Score graded(String userId, double scoreGiven, double scoreMaximum, Instant at) {
        return new Score(userId, scoreGiven, scoreMaximum, null, timestampOf(at), ActivityProgress.Completed,
                GradingProgress.FullyGraded, null);
    }

    public Score withComment(String value) {
        return new Score(userId, scoreGiven, scoreMaximum, value, timestamp, activityProgress, gradingProgress, canvasSubmission);
    }

    public Score withProgress(ActivityProgress activity, GradingProgress grading) {
        return new Score(userId, scoreGiven, scoreMaximum, comment, timestamp, activity, grading, canvasSubmission);
    }

    public Score withCanvasSubmission(CanvasSubmission value) {
        return new Score(userId, scoreGiven, scoreMaximum, comment, timestamp, activityProgress, gradingProgress, value);
    }

    /** ISO 8601 with milliseconds, as AGS requires sub-second precision to order scores. */
    static String timestampOf(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#activityprogress">AGS activityProgress</a> */
    public enum ActivityProgress { Initialized, Started, InProgress, Submitted, Completed }

    /** @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#gradingprogress">AGS gradingProgress</a> */
    public enum GradingProgress { FullyGraded, Pending, PendingManual, Failed, NotReady }

    /**
     * Canvas's AGS submission extension.
     *
     * @see <a href="https://canvas.instructure.com/doc/api/score.html">Canvas Score API</a>
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CanvasSubmission(@JsonProperty("new_submission") Boolean newSubmission,
            @JsonProperty("submission_type") String submissionType,
            @JsonProperty("submission_data") String submissionData,
            @JsonProperty("submitted_at") String submittedAt,
            @JsonProperty("prioritize_non_tool_grade") Boolean prioritizeNonToolGrade) {

        public static final String CLAIM = "https://canvas.instructure.com/lti/submission";

        /** A URL submission made at {@code at}. */
        public static CanvasSubmission url(String url, Instant at) {
            return new CanvasSubmission(true, "basic_lti_launch", url, timestampOf(at), null);
        }
    }
}
