package vn.ansinh.shared;

import java.util.List;

/**
 * A refusal that names its message instead of carrying text: code is a key of the message files,
 * arguments fill it, and whoever shows it does so in the reader's language.
 */
public abstract class CodedException extends IllegalArgumentException {

    private final String code;
    private final List<Object> arguments;

    protected CodedException(String code, Object... arguments) {
        super(code + " " + List.of(arguments));
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The field of a request the refusal concerns, or none: the API lists it among the errors. */
    public String field() {
        return null;
    }

    /** What kind of refusal this is (the API's status follows from it): something entered wrong, unless said. */
    public RefusalKind kind() {
        return RefusalKind.INVALID;
    }
}
