package vn.ansinh.meetings;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.InvalidChangeException;

/** A meeting, an inspection or an action item refused, with a problem per field; nothing was written. */
public class InvalidCoordinationException extends InvalidChangeException {

    public InvalidCoordinationException(String what, FieldProblems problems) {
        super(what, problems);
    }
}
