package vn.ansinh.households;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.InvalidChangeException;

/** A household or its status not saved because of what was entered; the problems are by field. */
public class InvalidHouseholdException extends InvalidChangeException {

    public InvalidHouseholdException(FieldProblems problems) {
        super("household", problems);
    }
}
