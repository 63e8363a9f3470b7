package vn.ansinh.accounts;

import java.util.List;

/** A refused account change; the message keys say why (for the field named, when there is one). */
public class AccountException extends RuntimeException {

    private final String field;
    private final List<String> problems;

    public AccountException(String field, List<String> problems) {
        super(field + ": " + problems);
        this.field = field;
        this.problems = List.copyOf(problems);
    }

    public AccountException(String field, String problem) {
        this(field, List.of(problem));
    }

    public String field() {
        return field;
    }

    public List<String> problems() {
        return problems;
    }
}
