package vn.ansinh.shared;

/**
 * A change refused because of what was entered; nothing was written. Each module throws its own
 * kind, with the problems by field to show beside the fields.
 */
public abstract class InvalidChangeException extends RuntimeException {

    private final transient FieldProblems problems;

    protected InvalidChangeException(String what, FieldProblems problems) {
        super(what + " refused: " + problems);
        this.problems = problems;
    }

    public FieldProblems problems() {
        return problems;
    }
}
