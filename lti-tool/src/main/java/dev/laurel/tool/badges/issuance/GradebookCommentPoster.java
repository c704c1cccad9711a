package dev.laurel.tool.badges.issuance;

import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.ags.AgsLineItemClient;
import dev.laurel.tool.ags.AgsResult;
import dev.laurel.tool.ags.AgsResultClient;
import dev.laurel.tool.ags.AgsScopes;
import dev.laurel.tool.ags.AgsScoreClient;
import dev.laurel.tool.ags.LineItem;
import dev.laurel.tool.ags.LineItemFilter;
import dev.laurel.tool.ags.Score;
import dev.laurel.tool.badges.badge.Badge;
import dev.laurel.tool.badges.badge.Badges;
import dev.laurel.tool.coursesync.CourseServicesUnavailableException;
import dev.laurel.tool.coursesync.LaunchedCourse;
import dev.laurel.tool.coursesync.LaunchedCourseServices;
import dev.laurel.tool.services.PlatformServiceException;
import dev.laurel.tool.services.PlatformServices;
import dev.laurel.tool.services.PlatformUnavailableException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Posts a gradebook comment to every learner holding a badge of the course, pointing them to claim it in Laurel:
 * an AGS score on Laurel's own line item (tagged {@value #TAG}, found or created once per course), never on an
 * instructor's column. Since a score without {@code scoreGiven} asks the platform to clear the score the tool sent
 * before, and the comment is replaced by every score, each learner's comment lists all their badges of the course,
 * and a grade the instructor typed in Laurel's column is sent back unchanged. The body of a persistent job.
 *
 * <p>Score choice (AGS 2.0 §3.4): {@code activityProgress} {@code Completed} (the learner completed what the badge
 * asked); {@code gradingProgress} {@code NotReady} without {@code scoreGiven} ("there is no grading process
 * occurring"; without {@code scoreGiven} "there is presently no score", and Laurel never sends one), or, when the
 * column already holds a result, {@code FullyGraded} with that result as {@code scoreGiven} so it stays as it is.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#score-publish-service">AGS 2.0 §3.4 Score publish service</a>
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#scoregiven-and-scoremaximum">AGS 2.0 §3.4.4 scoreGiven</a>
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#gradingprogress">AGS 2.0 §3.4.8 gradingProgress</a>
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#comment">AGS 2.0 §3.4.10 comment</a>
 */
@Component
class GradebookCommentPoster {

    /** The tag of Laurel's own line item. */
    static final String TAG = "laurel-badges";
    static final String LABEL = "Laurel badges";
    private static final Logger log = LoggerFactory.getLogger(GradebookCommentPoster.class);

    private final LaunchedCourseServices launchedCourses;
    private final AgsLineItemClient lineItems;
    private final AgsResultClient results;
    private final AgsScoreClient scores;
    private final GradebookStore store;
    private final Badges badges;
    private final BadgeAwards awards;
    private final String baseUrl;
    private final Clock clock;

    GradebookCommentPoster(LaunchedCourseServices launchedCourses, AgsLineItemClient lineItems, AgsResultClient results,
            AgsScoreClient scores, GradebookStore store, Badges badges, BadgeAwards awards, LaurelProperties laurel,
            Clock clock) {
        this.launchedCourses = launchedCourses;
        this.lineItems = lineItems;
        this.results = results;
        this.scores = scores;
        this.store = store;
        this.badges = badges;
        this.awards = awards;
        this.baseUrl = laurel.baseUrl();
        this.clock = clock;
    }

    /**
     * Posts the comments whose text changed since they were last posted; the job's body.
     *
     * @throws PlatformUnavailableException when the LMS was out: the run stopped on it, or a comment failed on it;
     *         {@link GradebookCommentRetries} tries again later (the comments not yet posted)
     */
    void post(long courseId) {
        int posted = 0;
        int failed = 0;
        String lastError = null;
        PlatformUnavailableException outage = null;
        store.progress(courseId, "RUNNING", 0, 0, null, null);
        try {
            PlatformServices services = services(courseId);
            URI lineItem = URI.create(lineItem(courseId, services));
            Map<String, String> posted0 = store.comments(courseId);
            for (Map.Entry<String, String> learner : comments(courseId).entrySet()) {
                if (learner.getValue().equals(posted0.get(learner.getKey()))) {
                    continue;
                }
                try {
                    scores.publish(services, lineItem, score(services, lineItem, learner.getKey(), learner.getValue()));
                    store.saveComment(courseId, learner.getKey(), learner.getValue(), clock.instant());
                    posted++;
                }
                catch (PlatformServiceException ex) {
                    failed++;
                    lastError = ex.code() + ": " + ex.getMessage();
                    // an outage leaves the run to be tried again later (a refused comment fails again then, harmlessly)
                    if (ex instanceof PlatformUnavailableException unavailable) {
                        outage = unavailable;
                    }
                }
                store.progress(courseId, "RUNNING", posted, failed, lastError, null);
            }
            if (outage != null) {
                throw outage;
            }
            store.progress(courseId, "COMPLETED", posted, failed, lastError, clock.instant());
        }
        catch (PlatformUnavailableException ex) {
            // the figures are stored; GradebookCommentRetries records the state, the error and the next try
            throw ex;
        }
        catch (CourseServicesUnavailableException | PlatformServiceException | BadgeIssuanceException ex) {
            String code = ex instanceof CourseServicesUnavailableException unavailable ? unavailable.code()
                    : ex instanceof PlatformServiceException platform ? platform.code() : ((BadgeIssuanceException) ex).code();
            store.progress(courseId, "FAILED", posted, failed, code + ": " + ex.getMessage(), clock.instant());
            log.warn("Gradebook comments of course {} stopped: {}", courseId, code);
        }
    }

    /** Each badge holder's comment: all their badges of the course that are not revoked, by user id. */
    Map<String, String> comments(long courseId) {
        Map<String, TreeSet<String>> byLearner = new TreeMap<>();
        for (Badge badge : badges.list(courseId)) {
            awards.forBadge(badge.id()).stream().filter(award -> !award.revoked())
                .forEach(award -> byLearner.computeIfAbsent(award.userId(), user -> new TreeSet<>()).add(badge.name()));
        }
        Map<String, String> comments = new TreeMap<>();
        byLearner.forEach((user, names) -> comments.put(user, comment(courseId, List.copyOf(names))));
        return comments;
    }

    private String comment(long courseId, List<String> badgeNames) {
        String names = badgeNames.stream().map(name -> "\"" + name + "\"").reduce((a, b) -> a + ", " + b).orElse("");
        String text = (badgeNames.size() == 1 ? "You earned the badge " + names + ". Claim it"
                : "You earned the badges " + names + ". Claim them")
                + " in Laurel: open Laurel from this course and choose My badges (" + baseUrl + "/course/" + courseId + "/badges).";
        return text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }

    private Score score(PlatformServices services, URI lineItem, String userId, String comment) {
        String timestamp = clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
        Optional<AgsResult> result = services.grants(AgsScopes.RESULT_READ_ONLY)
                ? results.forUser(services, lineItem, userId) : Optional.empty();
        if (result.isPresent() && result.get().resultScore() != null) {
            // a grade is in Laurel's column (typed by the instructor): send it back as it is, with the comment
            AgsResult grade = result.get();
            return new Score(userId, grade.resultScore(), grade.resultMaximum() != null ? grade.resultMaximum() : 1.0, comment,
                    timestamp, Score.ActivityProgress.Completed, Score.GradingProgress.FullyGraded, null);
        }
        return new Score(userId, null, null, comment, timestamp, Score.ActivityProgress.Completed,
                Score.GradingProgress.NotReady, null);
    }

    /** Laurel's own line item of the course: the stored one, one tagged {@value #TAG} on the platform, or a new one. */
    private String lineItem(long courseId, PlatformServices services) {
        Optional<String> stored = store.lineItem(courseId);
        if (stored.isPresent()) {
            return stored.get();
        }
        String url = lineItems.list(services, LineItemFilter.all().withTag(TAG)).stream()
            .filter(item -> TAG.equals(item.tag()) && item.id() != null)
            .map(LineItem::id).findFirst()
            .orElseGet(() -> lineItems.create(services, LineItem.of(LABEL, 1).withTag(TAG).withResourceId(TAG)).id());
        return store.saveLineItem(courseId, url, clock.instant());
    }

    PlatformServices services(long courseId) {
        try {
            LaunchedCourse course = launchedCourses.forCourse(courseId);
            return course.services();
        }
        catch (CourseServicesUnavailableException ex) {
            throw new BadgeIssuanceException(ex.code(), ex.getMessage());
        }
    }
}
