package io.camwarden.checks;

import java.util.List;

/** A rule-set file that cannot be adopted; every problem found is listed, so all can be fixed at once. */
public class RuleSetFileException extends RuntimeException {

    private final List<RuleSetProblem> problems;

    public RuleSetFileException(List<RuleSetProblem> problems) {
        super(problems.size() == 1 ? "the rule set is not valid: " + problems.getFirst()
                : "the rule set is not valid (" + problems.size() + " problems; first: " + problems.getFirst() + ")");
        this.problems = List.copyOf(problems);
    }

    public static RuleSetFileException of(String message) {
        return new RuleSetFileException(List.of(new RuleSetProblem(0, 1, null, message)));
    }

    public List<RuleSetProblem> problems() {
        return problems;
    }
}
