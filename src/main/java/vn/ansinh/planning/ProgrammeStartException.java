package vn.ansinh.planning;

import vn.ansinh.shared.CodedException;
import vn.ansinh.shared.RefusalKind;

/** A programme cannot be started; code and arguments name a message ("programmeStart.exists"). */
public class ProgrammeStartException extends CodedException {

    /** The form field the refusal is about: "unitId", "year" or "way". */
    private final String field;

    public ProgrammeStartException(String field, String code, Object... arguments) {
        super(code, arguments);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public RefusalKind kind() {
        return "programmeStart.exists".equals(code()) ? RefusalKind.CONFLICT : RefusalKind.INVALID;
    }
}
