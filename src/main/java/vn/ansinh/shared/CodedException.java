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
}
