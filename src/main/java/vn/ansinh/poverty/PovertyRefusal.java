package vn.ansinh.poverty;

import vn.ansinh.shared.CodedException;
import vn.ansinh.shared.RefusalKind;

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

    @Override
    public RefusalKind kind() {
        return switch (code()) {
            case "poverty.edit.unknown", "reviewCalendar.none" -> RefusalKind.NOT_FOUND;
            case "poverty.edit.issued" -> RefusalKind.CONFLICT;
            default -> RefusalKind.INVALID;
        };
    }
}
