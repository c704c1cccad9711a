package dev.laurel.tool.badges.rules;

import dev.laurel.tool.badges.rubric.Rubric;
import dev.laurel.tool.badges.rubric.RubricCriterion;
import dev.laurel.tool.badges.rubric.RubricLevel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Rubrics for rule tests: criteria {@code c0…}, each on line item {@code https://lms.example/li/c…} out of 3. */
final class TestRubrics {

    static final List<RubricLevel> LEVELS = List.of(new RubricLevel("beginning", "Beginning", "", 0),
            new RubricLevel("developing", "Developing", "", 1), new RubricLevel("proficient", "Proficient", "", 2),
            new RubricLevel("exemplary", "Exemplary", "", 3));

    private TestRubrics() {
    }

    static Rubric rubric(int criteria) {
        return new Rubric(1, 1, "Competencies", "", IntStream.range(0, criteria)
            .mapToObj(i -> new RubricCriterion("c" + i, "Criterion " + i, "", lineItem(i), LEVELS, List.of()))
            .toList());
    }

    static String lineItem(int criterion) {
        return "https://lms.example/li/c" + criterion;
    }

    static Map<String, CourseLineItem> lineItems(int criteria) {
        Map<String, CourseLineItem> items = new LinkedHashMap<>();
        IntStream.range(0, criteria).forEach(i -> items.put(lineItem(i), new CourseLineItem(lineItem(i), "Criterion " + i, 3.0)));
        items.put("https://lms.example/li/final", new CourseLineItem("https://lms.example/li/final", "Final exam", 50.0));
        return items;
    }

    /** Grades from criterion points (index = criterion), null for not graded. */
    static LearnerGrades grades(Integer... points) {
        Map<String, Grade> grades = new LinkedHashMap<>();
        for (int i = 0; i < points.length; i++) {
            if (points[i] != null) {
                grades.put(lineItem(i), new Grade(points[i].doubleValue(), 3.0));
            }
        }
        return new LearnerGrades("learner-1", grades);
    }
}
