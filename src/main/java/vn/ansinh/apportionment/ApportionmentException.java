package vn.ansinh.apportionment;

import java.util.List;

/** A split that cannot be made; code and arguments name a message ("apportionment.base.negative"). */
public class ApportionmentException extends IllegalArgumentException {

    private final String code;
    private final List<Object> arguments;

    public ApportionmentException(String code, Object... arguments) {
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
