package vn.ansinh.poverty;

import vn.ansinh.shared.CodedException;

/** A classification request or a standard's change that cannot be taken; field names what is wrong. */
public class PovertyRefusal extends CodedException {

    private final String field;

    public PovertyRefusal(String field, String code, Object... arguments) {
        super(code, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
