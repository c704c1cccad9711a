package dev.laurel.tool.badges.rubric;

import dev.laurel.tool.ags.AgsLineItemClient;
import dev.laurel.tool.ags.AgsScopes;
import dev.laurel.tool.ags.LineItem;
import dev.laurel.tool.coursesync.CourseServicesUnavailableException;
import dev.laurel.tool.coursesync.LaunchedCourse;
import dev.laurel.tool.coursesync.LaunchedCourseServices;
import dev.laurel.tool.coursesync.SyncedCourse;
import dev.laurel.tool.coursesync.SyncedCourses;
import dev.laurel.tool.services.PlatformServiceException;
import java.net.URI;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Creates the LMS gradebook column (AGS line item) of a rubric criterion, so the instructor grades each competency
 * in the LMS: label "{rubric} – {criterion}", the criterion's top points as the maximum, tag {@value #TAG}, bound to
 * the launch's resource link when Laurel knows it.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#creating-a-new-line-item">AGS 2.0 §3.2.5 creating a line item</a>
 */
@Component
public class RubricGradebookColumns {

    /** The tag of the line items Laurel creates for criteria. */
    public static final String TAG = "laurel-criterion";

    private final LaunchedCourseServices courses;
    private final AgsLineItemClient lineItems;
    private final SyncedCourses synced;

    public RubricGradebookColumns(LaunchedCourseServices courses, AgsLineItemClient lineItems, SyncedCourses synced) {
        this.courses = courses;
        this.lineItems = lineItems;
        this.synced = synced;
    }

    /** Whether the course's latest launch lets Laurel create line items (the AGS {@code lineitem} scope). */
    public boolean canCreate(long courseId) {
        try {
            return courses.forCourse(courseId).services().grants(AgsScopes.LINE_ITEM);
        }
        catch (CourseServicesUnavailableException ex) {
            return false;
        }
    }

    /**
     * The course's services for creating columns, and the resource link to bind them to.
     *
     * @param launchLineItemUrl the line item of the instructor's launch ({@code lineitem} claim), or null
     * @throws RubricException with the reason's code when the LMS does not let Laurel create columns
     */
    public Target target(long courseId, URI launchLineItemUrl) {
        LaunchedCourse course;
        try {
            course = courses.forCourse(courseId);
        }
        catch (CourseServicesUnavailableException ex) {
            throw new RubricException(ex.code(), ex.getMessage(), List.of());
        }
        if (!course.services().grants(AgsScopes.LINE_ITEM)) {
            throw new RubricException(AgsScopes.SCOPE_NOT_GRANTED, "Your LMS lets Laurel read this course's gradebook "
                    + "but not add columns to it. Ask your LMS administrator to allow Laurel to manage gradebook columns "
                    + "(AGS line items), or bind each criterion to an existing column.", List.of());
        }
        return new Target(course, resourceLinkOf(course, launchLineItemUrl));
    }

    /**
     * Creates the criterion's column; returns its URL.
     *
     * @throws RubricException {@code gradebook_column_without_points} or the platform's failure code
     */
    public String create(Target target, String rubricName, RubricCriterion criterion) {
        if (criterion.maxPoints() <= 0) {
            throw new RubricException("gradebook_column_without_points", "The criterion \"" + criterion.name()
                    + "\" is worth 0 points at its top level; give that level points so its gradebook column has a maximum.",
                    List.of());
        }
        LineItem item = LineItem.of(rubricName.strip() + " – " + criterion.name().strip(), criterion.maxPoints()).withTag(TAG);
        if (target.resourceLinkId() != null) {
            item = item.withResourceLinkId(target.resourceLinkId());
        }
        try {
            LineItem created = lineItems.create(target.course().services(), item);
            if (created.id() == null || created.id().isBlank()) {
                throw new RubricException("gradebook_column_without_id", "The LMS created the column for \""
                        + criterion.name() + "\" but did not say where it is; sync the course and bind the criterion to it.",
                        List.of());
            }
            return created.id();
        }
        catch (PlatformServiceException ex) {
            throw new RubricException(ex.code(), "Laurel could not create the gradebook column for \"" + criterion.name()
                    + "\": " + (ex.platformMessage() == null || ex.platformMessage().isBlank()
                            ? "the LMS did not accept the request" : "the LMS answered: " + ex.platformMessage())
                    + ". Nothing else was changed; try again, or bind the criterion to an existing column.", List.of());
        }
    }

    /** The resource link of the launch's own line item, from the last sync, else asked of the LMS; null if unknown. */
    private String resourceLinkOf(LaunchedCourse course, URI launchLineItemUrl) {
        if (launchLineItemUrl == null) {
            return null;
        }
        String url = launchLineItemUrl.toString();
        List<SyncedCourse.SyncedLineItem> known = synced.lineItems(course.key()).orElse(List.of());
        for (SyncedCourse.SyncedLineItem item : known) {
            if (url.equals(item.url()) && item.resourceLinkId() != null) {
                return item.resourceLinkId();
            }
        }
        try {
            return lineItems.read(course.services(), launchLineItemUrl).resourceLinkId();
        }
        catch (PlatformServiceException ex) {
            return null;
        }
    }

    /** Where new columns go: the course's services and the resource link to bind them to (or null). */
    public record Target(LaunchedCourse course, String resourceLinkId) {
    }
}
