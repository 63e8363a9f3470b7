package vn.ansinh.units;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.InvalidChangeException;

/** A unit not created or changed because of what was entered. */
public class InvalidUnitException extends InvalidChangeException {

    public InvalidUnitException(FieldProblems problems) {
        super("unit", problems);
    }
}
