package dev.laurel.tool.badges.issuance;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.laurel.tool.ags.AgsScopes;
import dev.laurel.tool.badges.badge.BadgeAudit;
import dev.laurel.tool.services.PlatformServices;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Asks for gradebook comments to be posted to every badge holder of a course (a persistent job, see
 * {@link GradebookCommentPoster}) and reads how the last posting went.
 */
@Service
public class GradebookComments {

    private final GradebookCommentPoster poster;
    private final GradebookStore store;
    private final BadgeAudit audit;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Long> task;
    private final Clock clock;

    GradebookComments(GradebookCommentPoster poster, GradebookStore store, BadgeAudit audit, SchedulerClient scheduler,
            @Qualifier("badgeGradebookCommentsTask") OneTimeTask<Long> task, Clock clock) {
        this.poster = poster;
        this.store = store;
        this.audit = audit;
        this.scheduler = scheduler;
        this.task = task;
        this.clock = clock;
    }

    /**
     * Asks for the comments to be posted unless a posting is already under way; one waiting for a retry after an LMS
     * outage is tried now. Checks first that the platform lets Laurel post scores.
     *
     * @throws BadgeIssuanceException {@code ags_score_not_granted} or the course services' own code
     */
    public void request(long courseId, String actor) {
        PlatformServices services = poster.services(courseId);
        if (!services.grants(AgsScopes.SCORE)) {
            throw new BadgeIssuanceException("ags_score_not_granted", "Your LMS does not let Laurel post to the course's "
                    + "gradebook. Ask your LMS administrator to allow Laurel to publish scores.");
        }
        if (store.post(courseId).filter(GradebookPost::active).isPresent()) {
            return;
        }
        store.request(courseId, actor, clock.instant());
        audit.record(courseId, null, actor, "gradebook_comments_requested", "Post a gradebook comment to every badge holder.");
        TaskInstance<Long> instance = task.instance(String.valueOf(courseId), courseId);
        if (!scheduler.scheduleIfNotExists(instance, clock.instant())) {
            tryNow(instance);
        }
    }

    /** The course's instance waits for a retry: it runs now instead, with its retries counted afresh. */
    private void tryNow(TaskInstance<Long> instance) {
        try {
            scheduler.reschedule(instance, clock.instant());
        }
        catch (TaskInstanceCurrentlyExecutingException ex) {
            // the retry started meanwhile: it does this request's work
        }
        catch (TaskInstanceNotFoundException ex) {
            // the last run ended meanwhile
            scheduler.scheduleIfNotExists(instance, clock.instant());
        }
    }

    public Optional<GradebookPost> status(long courseId) {
        return store.post(courseId);
    }
}
