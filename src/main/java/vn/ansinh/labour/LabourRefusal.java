package vn.ansinh.labour;

import vn.ansinh.shared.CodedException;

/**
 * A labour record or count that cannot be taken, with the message that says why and, where one field
 * is at fault, that field of the record ("date", "birthDate", …) so forms and lists can name it.
 */
public class LabourRefusal extends CodedException {

    private final String field;

    public LabourRefusal(String code, Object... arguments) {
        super(code, arguments);
        this.field = null;
    }

    private LabourRefusal(String field, String code, Object[] arguments) {
        super(code, arguments);
        this.field = field;
    }

    public static LabourRefusal of(String field, String code, Object... arguments) {
        return new LabourRefusal(field, code, arguments);
    }

    /** The record's field at fault, or null. */
    public String field() {
        return field;
    }
}
