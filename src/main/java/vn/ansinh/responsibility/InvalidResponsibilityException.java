package vn.ansinh.responsibility;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.InvalidChangeException;

/** A period of responsibility not added because of what was entered. */
public class InvalidResponsibilityException extends InvalidChangeException {

    public InvalidResponsibilityException(FieldProblems problems) {
        super("responsibility", problems);
    }
}
