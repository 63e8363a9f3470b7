package vn.ansinh.allowances;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.InvalidChangeException;

/** A new base level refused, with a problem per field; nothing was written. */
public class InvalidAllowanceBaseException extends InvalidChangeException {

    public InvalidAllowanceBaseException(FieldProblems problems) {
        super("Allowance base", problems);
    }
}
