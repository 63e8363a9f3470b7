package vn.ansinh.programme;

import java.util.Map;

/** A refused edit of a programme: message keys by field, shown beside each field. */
public class ProgrammeEditException extends RuntimeException {

    private final Map<String, String> problems;

    public ProgrammeEditException(Map<String, String> problems) {
        super(problems.toString());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
