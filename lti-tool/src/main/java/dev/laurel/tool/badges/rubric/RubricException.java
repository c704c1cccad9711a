package dev.laurel.tool.badges.rubric;

import java.util.List;

/** A rubric that cannot be stored or deleted: {@code code} for logs and tests, the problems for the instructor. */
public class RubricException extends RuntimeException {

    private final String code;
    private final transient List<RubricProblems.Problem> problems;

    public RubricException(String code, String message, List<RubricProblems.Problem> problems) {
        super(message);
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    static RubricException nameTaken(String name) {
        return new RubricException("rubric_name_taken", "This course already has a rubric called \"" + name.strip()
                + "\"; choose another name.", List.of());
    }

    public String code() {
        return code;
    }

    public List<RubricProblems.Problem> problems() {
        return problems;
    }
}
