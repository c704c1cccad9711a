package dev.laurel.tool.badges.web;

import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.RubricLevel;
import dev.laurel.tool.badges.rubric.SkillRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rubric editor's form exactly as the instructor typed it (every field text, so nothing typed is lost when the
 * page comes back with an error). With {@code sameLevels} the {@code scale} applies to every criterion; otherwise
 * each criterion has its own levels. A criterion's {@code source} is {@code ""} (not bound yet), {@link #NEW_COLUMN}
 * or the URL of a gradebook column.
 */
record RubricForm(String name, String description, String sameLevels, List<LevelRow> scale, List<CriterionRow> criteria) {

    static final String NEW_COLUMN = "new";
    static final List<LevelRow> DEFAULT_SCALE = List.of(new LevelRow("beginning", "Beginning", "", "0"),
            new LevelRow("developing", "Developing", "", "1"), new LevelRow("proficient", "Proficient", "", "2"),
            new LevelRow("exemplary", "Exemplary", "", "3"));

    RubricForm {
        name = text(name);
        description = text(description);
        sameLevels = "false".equals(sameLevels) ? "false" : "true";
        scale = rows(scale);
        criteria = rows(criteria);
    }

    /** One level as typed: key (kept from the stored rubric, empty for a new level), name, description, points. */
    record LevelRow(String key, String name, String description, String points) {

        LevelRow {
            key = text(key);
            name = text(name);
            description = text(description);
            points = text(points);
        }

        boolean blank() {
            return name.isBlank() && description.isBlank() && points.isBlank();
        }
    }

    /** One criterion as typed, with its levels (used without {@code sameLevels}) and chosen skill URIs. */
    record CriterionRow(String key, String name, String description, String source, List<LevelRow> levels,
            List<String> skills) {

        CriterionRow {
            key = text(key);
            name = text(name);
            description = text(description);
            source = text(source);
            levels = rows(levels);
            skills = skills == null ? List.of() : skills.stream().filter(Objects::nonNull).toList();
        }

        boolean blank() {
            return name.isBlank() && description.isBlank() && skills.isEmpty() && levels.stream().allMatch(LevelRow::blank);
        }

        CriterionRow withSource(String value) {
            return new CriterionRow(key, name, description, value, levels, skills);
        }

        CriterionRow withKey(String value) {
            return new CriterionRow(value, name, description, source, levels, skills);
        }

        CriterionRow withLevels(List<LevelRow> value) {
            return new CriterionRow(key, name, description, source, value, skills);
        }
    }

    public boolean same() {
        return "true".equals(sameLevels);
    }

    /** A new rubric: the default four-level scale for every criterion and three empty criteria. */
    static RubricForm blank(boolean canCreateColumns) {
        List<CriterionRow> criteria = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            criteria.add(emptyCriterion(canCreateColumns));
        }
        return new RubricForm("", "", "true", DEFAULT_SCALE, criteria);
    }

    static CriterionRow emptyCriterion(boolean canCreateColumns) {
        return new CriterionRow("", "", "", canCreateColumns ? NEW_COLUMN : "", List.of(), List.of());
    }

    /** The form of a stored rubric; one shared scale when every criterion has exactly the same levels. */
    static RubricForm of(Rubric rubric) {
        List<List<LevelRow>> levels = rubric.criteria().stream().map(criterion -> levelRows(criterion.levels())).toList();
        boolean same = !levels.isEmpty() && levels.stream().allMatch(levels.get(0)::equals);
        List<CriterionRow> criteria = new ArrayList<>();
        for (int i = 0; i < rubric.criteria().size(); i++) {
            RubricCriterion criterion = rubric.criteria().get(i);
            criteria.add(new CriterionRow(criterion.key(), criterion.name(), criterion.description(),
                    criterion.lineItemUrl() == null ? "" : criterion.lineItemUrl(), same ? List.of() : levels.get(i),
                    criterion.skills().stream().map(SkillRef::uri).toList()));
        }
        return new RubricForm(rubric.name(), rubric.description(), same ? "true" : "false",
                same ? levels.get(0) : List.of(), criteria);
    }

    RubricForm withCriteria(List<CriterionRow> value) {
        return new RubricForm(name, description, sameLevels, scale, value);
    }

    RubricForm withScale(String same, List<LevelRow> value) {
        return new RubricForm(name, description, same, value, criteria);
    }

    static List<LevelRow> levelRows(List<RubricLevel> levels) {
        return levels.stream().map(level -> new LevelRow(level.key(), level.name(), level.description(),
                points(level.points()))).toList();
    }

    static String points(double points) {
        return new BigDecimal(Double.toString(points)).stripTrailingZeros().toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static <T> List<T> rows(List<T> rows) {
        return rows == null ? List.of() : rows.stream().filter(Objects::nonNull).toList();
    }
}
