package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.RubricKeys;
import dev.laurel.tool.badges.rubric.RubricLevel;
import dev.laurel.tool.badges.rubric.RubricProblems;
import dev.laurel.tool.badges.rubric.SkillRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Reads the rubric editor's form into a {@link Rubric}, with every problem the instructor must fix (its own checks of
 * what was typed, then {@link RubricProblems}), and the form back with the keys given to new criteria and levels.
 * Empty criterion and level rows are left out.
 */
@Component
final class RubricDrafts {

    static final int MAX_NAME = 200;
    static final int MAX_CRITERIA = 50;
    static final int MAX_LEVELS = 12;
    static final double MAX_POINTS = 1_000_000;

    private final SkillRefs skills;

    RubricDrafts(SkillRefs skills) {
        this.skills = skills;
    }

    /**
     * A read form: {@code rubric} is null when there are problems; {@code newColumns} are the keys of the criteria that
     * get a new gradebook column.
     */
    record Draft(List<PageProblem> problems, Rubric rubric, RubricForm form, List<String> newColumns) {
    }

    /**
     * @param existing the stored rubric being edited, or null for a new one
     * @param knownColumn whether a URL is one of the course's gradebook columns
     * @param columnsForUnbound whether every criterion without a column gets a new one
     */
    Draft read(RubricForm form, long courseId, Rubric existing, Predicate<String> knownColumn, boolean columnsForUnbound) {
        List<PageProblem> problems = new ArrayList<>();
        if (form.name().isBlank()) {
            problems.add(new PageProblem("rubric_name_missing", "Give the rubric a name."));
        }
        else if (form.name().strip().length() > MAX_NAME) {
            problems.add(new PageProblem("rubric_name_too_long", "The rubric's name is longer than " + MAX_NAME + " characters."));
        }
        List<RubricForm.LevelRow> scaleRows = form.scale();
        List<RubricLevel> scale = List.of();
        if (form.same()) {
            scaleRows = keyed(form.scale());
            scale = levels(scaleRows, "the rubric's scale", problems);
        }
        List<RubricForm.CriterionRow> rows = new ArrayList<>();
        List<RubricCriterion> criteria = new ArrayList<>();
        List<String> newColumns = new ArrayList<>();
        Set<String> criterionKeys = new HashSet<>();
        int number = 0;
        for (RubricForm.CriterionRow typed : form.criteria()) {
            number++;
            RubricForm.CriterionRow row = typed;
            if (row.blank()) {
                rows.add(row);
                continue;
            }
            String key = RubricKeys.isKey(row.key()) && !criterionKeys.contains(row.key()) ? row.key()
                    : RubricKeys.unique(row.name(), criterionKeys);
            criterionKeys.add(key);
            row = row.withKey(key);
            if (!form.same()) {
                row = row.withLevels(keyed(row.levels()));
            }
            rows.add(row);
            String owner = row.name().isBlank() ? "Criterion " + number : "The criterion \"" + row.name().strip() + "\"";
            if (row.name().isBlank()) {
                problems.add(new PageProblem("criterion_name_missing", "Criterion " + number + " has no name; name the "
                        + "competency it assesses, or empty the row to leave it out."));
            }
            else if (row.name().strip().length() > MAX_NAME) {
                problems.add(new PageProblem("criterion_name_too_long", owner + " has a name longer than " + MAX_NAME
                        + " characters."));
            }
            List<RubricLevel> levels = form.same() ? scale : levels(row.levels(), owner, problems);
            RubricCriterion stored = existing == null ? null : existing.criterion(key).orElse(null);
            String lineItemUrl = null;
            if (row.source().equals(RubricForm.NEW_COLUMN) || (columnsForUnbound && row.source().isBlank())) {
                newColumns.add(key);
            }
            else if (!row.source().isBlank()) {
                boolean known = knownColumn.test(row.source())
                        || (stored != null && row.source().equals(stored.lineItemUrl()));
                if (known) {
                    lineItemUrl = row.source();
                }
                else {
                    problems.add(new PageProblem("line_item_unknown", owner + " is bound to a gradebook column this course "
                            + "does not have; choose one from the list."));
                }
            }
            List<SkillRef> skillRefs = skills.resolve(row.skills(), stored == null ? List.of() : stored.skills(), owner, problems);
            if (!row.name().isBlank()) {
                criteria.add(new RubricCriterion(key, row.name().strip(), row.description().strip(), lineItemUrl, levels,
                        skillRefs));
            }
        }
        if (criteria.size() > MAX_CRITERIA) {
            problems.add(new PageProblem("rubric_too_many_criteria", "A rubric may have at most " + MAX_CRITERIA + " criteria."));
        }
        RubricForm keyed = new RubricForm(form.name(), form.description(), form.sameLevels(), scaleRows, rows);
        if (!problems.isEmpty()) {
            return new Draft(List.copyOf(problems), null, keyed, List.of());
        }
        Rubric rubric = new Rubric(existing == null ? 0 : existing.id(), courseId, form.name().strip(),
                form.description().strip(), criteria);
        RubricProblems.of(rubric).forEach(problem -> problems.add(new PageProblem(problem.code(), problem.message())));
        return new Draft(List.copyOf(problems), problems.isEmpty() ? rubric : null, keyed, List.copyOf(newColumns));
    }

    /** The rows with a key each: kept when it is a key and unique, else made from the name. */
    private static List<RubricForm.LevelRow> keyed(List<RubricForm.LevelRow> rows) {
        Set<String> taken = new HashSet<>();
        List<RubricForm.LevelRow> keyed = new ArrayList<>();
        for (RubricForm.LevelRow row : rows) {
            if (row.blank()) {
                keyed.add(row);
                continue;
            }
            String key = RubricKeys.isKey(row.key()) && !taken.contains(row.key()) ? row.key()
                    : RubricKeys.unique(row.name(), taken);
            taken.add(key);
            keyed.add(new RubricForm.LevelRow(key, row.name(), row.description(), row.points()));
        }
        return keyed;
    }

    private static List<RubricLevel> levels(List<RubricForm.LevelRow> rows, String owner, List<PageProblem> problems) {
        List<RubricLevel> levels = new ArrayList<>();
        for (RubricForm.LevelRow row : rows) {
            if (row.blank()) {
                continue;
            }
            Double points = points(row.points());
            String levelName = row.name().isBlank() ? "a level" : "the level \"" + row.name().strip() + "\"";
            if (row.name().isBlank()) {
                problems.add(new PageProblem("level_name_missing", "A level of " + owner + " has no name; name it "
                        + "(e.g. Proficient) or empty the row to leave it out."));
            }
            if (points == null) {
                problems.add(new PageProblem("level_points_invalid", "In " + owner + ", " + levelName + " needs its points: "
                        + "a number from 0 to " + (long) MAX_POINTS + ", such as 2 or 2.5."));
            }
            if (!row.name().isBlank() && points != null) {
                levels.add(new RubricLevel(row.key(), row.name().strip(), row.description().strip(), points));
            }
        }
        if (levels.size() > MAX_LEVELS) {
            problems.add(new PageProblem("rubric_too_many_levels", owner + " has more than " + MAX_LEVELS + " levels."));
        }
        return levels;
    }

    private static Double points(String text) {
        String value = text.strip().replace(',', '.');
        if (value.isEmpty()) {
            return null;
        }
        try {
            double points = new BigDecimal(value).doubleValue();
            return Double.isFinite(points) && points >= 0 && points <= MAX_POINTS ? points : null;
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }
}
