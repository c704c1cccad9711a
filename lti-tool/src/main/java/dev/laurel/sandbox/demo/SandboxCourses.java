package dev.laurel.sandbox.demo;

import dev.laurel.sandbox.ags.LineItem;
import dev.laurel.sandbox.ags.LineItems;
import dev.laurel.sandbox.ags.Score;
import dev.laurel.sandbox.ags.Scores;
import dev.laurel.sandbox.course.CourseRole;
import dev.laurel.sandbox.course.Courses;
import dev.laurel.sandbox.course.Rubric;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds courses with members, rubric-graded assignments and their AGS line items. Used by the demo seeder,
 * and by tests to make large courses ({@link #createCourse(int, int)}).
 */
@Component
public class SandboxCourses {

    /** The tag of an assignment's own line item. */
    public static final String ASSIGNMENT_TAG = "assignment";
    /** The tag prefix of a rubric criterion's line item, followed by the criterion key. */
    public static final String CRITERION_TAG_PREFIX = "rubric-criterion:";

    /** A generated course: its number, its members (the first is the instructor) and its line items. */
    public record GeneratedCourse(long courseId, List<Long> memberIds, List<Long> lineItemIds) {
    }

    /** An assignment and the line items that expose its grades. */
    public record GradedAssignment(long assignmentId, long lineItemId, Map<String, Long> criterionLineItemIds) {
    }

    private final Courses courses;
    private final LineItems lineItems;
    private final Scores scores;
    private final Clock clock;

    SandboxCourses(Courses courses, LineItems lineItems, Scores scores, Clock clock) {
        this.courses = courses;
        this.lineItems = lineItems;
        this.scores = scores;
        this.clock = clock;
    }

    /**
     * A course of {@code members} members (one instructor, the rest learners) and {@code lineItemCount} line
     * items, each with a score for every learner.
     */
    @Transactional
    public GeneratedCourse createCourse(int members, int lineItemCount) {
        long courseId = courses.addCourse("GEN" + clock.millis() % 100_000, "Generated course of " + members);
        List<Long> memberIds = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            long userId = courses.addUser("Member" + i, "Generated", "member" + i + ".c" + courseId + "@sandbox.example", false);
            courses.enrol(courseId, userId, i == 0 ? CourseRole.INSTRUCTOR : CourseRole.LEARNER, "Active");
            memberIds.add(userId);
        }
        List<Long> lineItemIds = new ArrayList<>();
        for (int j = 0; j < lineItemCount; j++) {
            LineItem item = lineItems.add(new LineItem(0, courseId, "Generated item " + (j + 1), 10, "generated-" + j,
                    null, "generated", null, null, null, null));
            lineItemIds.add(item.id());
            List<Score> itemScores = new ArrayList<>();
            for (int i = 1; i < memberIds.size(); i++) {
                itemScores.add(new Score(item.id(), memberIds.get(i), (double) ((i + j) % 11), 10.0, null, "Completed",
                        "FullyGraded", clock.millis()));
            }
            scores.putAll(itemScores);
        }
        return new GeneratedCourse(courseId, List.copyOf(memberIds), List.copyOf(lineItemIds));
    }

    public long createEmptyCourse(String label, String title) {
        return courses.addCourse(label, title);
    }

    public long addUser(String givenName, String familyName, String email, boolean siteAdmin) {
        return courses.addUser(givenName, familyName, email, siteAdmin);
    }

    /** Enrols a user, or changes an enrolment (e.g. to {@code Inactive}); NRPS differences see the change. */
    public void enrol(long courseId, long userId, CourseRole role, String status) {
        courses.enrol(courseId, userId, role, status);
    }

    /**
     * Adds an assignment with its rubric and its line items: one for the assignment (score = rubric total,
     * tag {@value #ASSIGNMENT_TAG}) and one per criterion (label "Assignment – Criterion", tag
     * {@code rubric-criterion:<key>}, score = level points); resourceId is the assignment id on all of them.
     */
    @Transactional
    public GradedAssignment addAssignment(long courseId, String title, int position, Rubric rubric) {
        long assignmentId = courses.addAssignment(courseId, title, position, rubric);
        String resourceId = String.valueOf(assignmentId);
        long lineItemId = lineItems.add(new LineItem(0, courseId, title, rubric.maxTotal(), resourceId, null,
                ASSIGNMENT_TAG, null, null, true, null)).id();
        Map<String, Long> criterionItems = new java.util.LinkedHashMap<>();
        for (Rubric.Criterion criterion : rubric.criteria()) {
            criterionItems.put(criterion.key(), lineItems.add(new LineItem(0, courseId, title + " – " + criterion.title(),
                    rubric.maxLevelPoints(), resourceId, null, CRITERION_TAG_PREFIX + criterion.key(), null, null, true,
                    null)).id());
        }
        return new GradedAssignment(assignmentId, lineItemId, criterionItems);
    }

    /** Grades a user on every criterion of an assignment and publishes the total and per-criterion scores. */
    @Transactional
    public void grade(GradedAssignment assignment, Rubric rubric, long userId, List<Integer> levelPoints) {
        long now = clock.millis();
        int total = 0;
        List<Score> published = new ArrayList<>();
        for (int i = 0; i < rubric.criteria().size(); i++) {
            Rubric.Criterion criterion = rubric.criteria().get(i);
            int points = levelPoints.get(i);
            total += points;
            courses.gradeCriterion(assignment.assignmentId(), criterion.key(), userId, points);
            published.add(new Score(assignment.criterionLineItemIds().get(criterion.key()), userId, (double) points,
                    (double) rubric.maxLevelPoints(), null, "Completed", "FullyGraded", now));
        }
        published.add(new Score(assignment.lineItemId(), userId, (double) total, (double) rubric.maxTotal(), null,
                "Completed", "FullyGraded", now));
        published.forEach(scores::put);
    }
}
