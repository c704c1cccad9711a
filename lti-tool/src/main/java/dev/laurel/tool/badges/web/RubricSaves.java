package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.badge.BadgeAudit;
import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.RubricException;
import dev.laurel.tool.badges.rubric.RubricGradebookColumns;
import dev.laurel.tool.badges.rubric.Rubrics;
import dev.laurel.tool.launch.LtiContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Saves a checked rubric draft: first the gradebook columns asked for (one AGS line item per criterion, each bound
 * as soon as it exists), then the rubric, each step audited. When a step fails, the outcome carries the problems and
 * the form with the columns already created bound, so saving again never creates them twice.
 */
@Component
final class RubricSaves {

    private final Rubrics rubrics;
    private final RubricGradebookColumns columns;
    private final BadgeAudit audit;

    RubricSaves(Rubrics rubrics, RubricGradebookColumns columns, BadgeAudit audit) {
        this.rubrics = rubrics;
        this.columns = columns;
        this.audit = audit;
    }

    /** What a save did: the stored rubric, or the problems, the HTTP status and the form to show again. */
    record Outcome(Rubric rubric, int columnsCreated, List<PageProblem> problems, HttpStatus status, RubricForm form) {

        boolean saved() {
            return problems.isEmpty();
        }
    }

    /**
     * @param existing the stored rubric being edited, or null
     * @param launchLineItemUrl the instructor's launch's own line item (for the resource link), or null
     */
    Outcome save(LtiContext course, Rubric existing, RubricDrafts.Draft draft, URI launchLineItemUrl, String actor) {
        Rubric rubric = draft.rubric();
        RubricForm typed = draft.form();
        int created = 0;
        try {
            if (!draft.newColumns().isEmpty()) {
                RubricGradebookColumns.Target target = columns.target(course.id(), launchLineItemUrl);
                for (String key : draft.newColumns()) {
                    RubricCriterion criterion = rubric.criterion(key).orElseThrow();
                    String url = columns.create(target, rubric.name(), criterion);
                    created++;
                    rubric = bind(rubric, key, url);
                    typed = typed.withCriteria(typed.criteria().stream()
                        .map(row -> row.key().equals(key) ? row.withSource(url) : row).toList());
                }
                audit.record(course.id(), null, actor, "gradebook_columns_created", created + " for rubric " + rubric.name());
            }
            if (existing == null) {
                rubric = rubrics.create(rubric);
                audit.record(course.id(), null, actor, "rubric_created", rubric.name());
            }
            else {
                rubrics.update(rubric);
                audit.record(course.id(), null, actor, "rubric_updated", rubric.name());
            }
            return new Outcome(rubric, created, List.of(), HttpStatus.SEE_OTHER, typed);
        }
        catch (RubricException ex) {
            List<PageProblem> problems = new ArrayList<>();
            problems.add(new PageProblem(ex.code(), ex.getMessage()));
            ex.problems().forEach(problem -> problems.add(new PageProblem(problem.code(), problem.message())));
            if (created > 0) {
                problems.add(new PageProblem("gradebook_columns_kept", created + " gradebook column(s) were created in "
                        + "the LMS and are bound below; saving again will not create them twice."));
            }
            return new Outcome(null, created, List.copyOf(problems), status(ex.code()), typed);
        }
    }

    /**
     * Whether {@code url} is a line item of the course's line-item container (same origin, path below the container's):
     * how a column Laurel just created is recognised before the next sync lists it.
     */
    static boolean inContainer(LtiContext course, String url) {
        URI container = course.services().agsLineItemsUrl();
        if (container == null || url == null || container.getRawPath() == null || container.getRawPath().isEmpty()) {
            return false;
        }
        try {
            URI item = new URI(url);
            return item.getScheme() != null && item.getScheme().equalsIgnoreCase(container.getScheme())
                    && item.getRawAuthority() != null && item.getRawAuthority().equalsIgnoreCase(container.getRawAuthority())
                    && item.getRawPath() != null && item.getRawPath().startsWith(container.getRawPath() + "/");
        }
        catch (URISyntaxException ex) {
            return false;
        }
    }

    private static HttpStatus status(String code) {
        if (code.startsWith("platform_") || code.equals("gradebook_column_without_id")) {
            return HttpStatus.BAD_GATEWAY;
        }
        return switch (code) {
            case "rubric_invalid", "gradebook_column_without_points" -> HttpStatus.UNPROCESSABLE_CONTENT;
            default -> HttpStatus.CONFLICT;
        };
    }

    private static Rubric bind(Rubric rubric, String key, String url) {
        return new Rubric(rubric.id(), rubric.courseId(), rubric.name(), rubric.description(), rubric.criteria().stream()
            .map(criterion -> criterion.key().equals(key) ? criterion.withLineItem(url) : criterion).toList());
    }
}
