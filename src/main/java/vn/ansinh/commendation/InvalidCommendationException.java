package vn.ansinh.commendation;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.InvalidChangeException;

/** A proposal or decision refused for what was entered, with the problems by field; nothing was written. */
public class InvalidCommendationException extends InvalidChangeException {

    public InvalidCommendationException(FieldProblems problems) {
        super("Commendation", problems);
    }
}
