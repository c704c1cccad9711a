package dev.laurel.sandbox.demo;

import dev.laurel.sandbox.course.Rubric;
import java.util.List;

/** The demo course's fixed content: people, assignments and their competency rubrics. */
final class DemoCourse {

    private DemoCourse() {
    }

    static final String LABEL = "DAF101";
    static final String TITLE = "Data Analysis Fundamentals";

    record Person(String givenName, String familyName, String email) {
    }

    record AssignmentSpec(String title, Rubric rubric) {
    }

    static final Person ADMIN = new Person("Morgan", "Reyes", "morgan.reyes@lms.sandbox.example");
    static final Person INSTRUCTOR = new Person("Amara", "Okafor", "amara.okafor@faculty.sandbox.example");

    static final List<Person> STUDENTS = List.of(
            student("Liam", "Novak"), student("Sofia", "Marchetti"), student("Kenji", "Watanabe"),
            student("Aisha", "Rahman"), student("Mateo", "García"), student("Chloé", "Dubois"),
            student("Noah", "Fischer"), student("Priya", "Sharma"), student("Oliver", "Bennett"),
            student("Zara", "Haddad"), student("Lucas", "Silva"), student("Mei", "Chen"),
            student("Elias", "Johansson"), student("Fatima", "Al-Sayed"), student("Daniel", "Kowalski"),
            student("Amelia", "O'Brien"), student("Tomás", "Herrera"), student("Hannah", "Schmidt"),
            student("Yusuf", "Demir"), student("Isla", "MacLeod"), student("Arjun", "Patel"),
            student("Leonie", "Vogel"), student("Samuel", "Mensah"), student("Ingrid", "Larsen"));

    static final List<Rubric.Level> LEVELS = List.of(new Rubric.Level("Beginning", 0),
            new Rubric.Level("Developing", 1), new Rubric.Level("Proficient", 2), new Rubric.Level("Exemplary", 3));

    static final List<AssignmentSpec> ASSIGNMENTS = List.of(
            new AssignmentSpec("Exploring a Real-World Dataset", new Rubric(LEVELS, List.of(
                    new Rubric.Criterion("data-cleaning", "Data cleaning",
                            "Detects and treats missing values, duplicates and outliers, and documents each decision."),
                    new Rubric.Criterion("descriptive-statistics", "Descriptive statistics",
                            "Summarises distributions with appropriate measures of centre, spread and shape."),
                    new Rubric.Criterion("data-visualisation", "Data visualisation",
                            "Chooses charts that fit the data and the question, and labels them so they stand alone."),
                    new Rubric.Criterion("reproducibility", "Reproducible analysis",
                            "Organises code and data so that another analyst can rerun the analysis end to end.")))),
            new AssignmentSpec("Hypothesis Testing Report", new Rubric(LEVELS, List.of(
                    new Rubric.Criterion("statistical-reasoning", "Statistical reasoning",
                            "Frames a testable hypothesis and chooses a test whose assumptions the data meet."),
                    new Rubric.Criterion("hypothesis-testing", "Hypothesis testing",
                            "Carries out the test correctly and reports effect size and uncertainty, not only p-values."),
                    new Rubric.Criterion("data-communication", "Communicating findings",
                            "Explains results and their limits clearly to a non-specialist audience.")))),
            new AssignmentSpec("Predictive Modelling Project", new Rubric(LEVELS, List.of(
                    new Rubric.Criterion("model-building", "Model building",
                            "Builds a baseline and a regression or classification model with sensible features."),
                    new Rubric.Criterion("model-evaluation", "Model evaluation",
                            "Validates on held-out data with metrics that match the problem and avoids leakage."),
                    new Rubric.Criterion("responsible-data-use", "Responsible data use",
                            "Identifies privacy, bias and fairness risks of the data and the model, and mitigates them."),
                    new Rubric.Criterion("data-communication", "Communicating findings",
                            "Presents the model, its performance and its limits in a concise, well-structured report.")))));

    /**
     * The deterministic level a student reached on a criterion: a third of the class is strong (Proficient or
     * Exemplary everywhere), a third mixed (Developing or Proficient), a third still beginning.
     */
    static int levelPoints(int student, int assignment, int criterion) {
        int tier = (student * 7 % STUDENTS.size()) / 8;
        int spread = student + assignment + criterion;
        return switch (tier) {
            case 0 -> spread % 3 == 0 ? 2 : 3;
            case 1 -> spread % 2 == 0 ? 2 : 1;
            default -> spread % 3 == 0 ? 1 : 0;
        };
    }

    private static Person student(String givenName, String familyName) {
        String local = (givenName + "." + familyName).toLowerCase(java.util.Locale.ROOT)
                .replace("é", "e").replace("á", "a").replace("'", "").replace("í", "i");
        return new Person(givenName, familyName, local + "@students.sandbox.example");
    }
}
