package vn.ansinh.allowances;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.InvalidChangeException;

/** A grant refused, with a problem per field; nothing was written. */
public class InvalidGrantException extends InvalidChangeException {

    public InvalidGrantException(FieldProblems problems) {
        super("Grant", problems);
    }
}
