package vn.ansinh.annex;

import java.util.List;

/** A table definition that cannot be laid out or computed; code and arguments name a message. */
public class DefinitionException extends IllegalArgumentException {

    private final String code;
    private final List<Object> arguments;

    public DefinitionException(String code, Object... arguments) {
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
