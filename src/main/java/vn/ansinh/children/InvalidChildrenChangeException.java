package vn.ansinh.children;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.InvalidChangeException;

/** A criteria set, an assessment, a count or a case refused, with a problem per field; nothing was written. */
public class InvalidChildrenChangeException extends InvalidChangeException {

    public InvalidChildrenChangeException(String what, FieldProblems problems) {
        super(what, problems);
    }
}
