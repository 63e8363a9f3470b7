package vn.ansinh.planning;

import java.util.List;

/** Next year's programme cannot be made; code and arguments name a message ("nextYear.exists"). */
public class NextYearException extends RuntimeException {

    private final String code;
    private final List<Object> arguments;

    public NextYearException(String code, Object... arguments) {
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
