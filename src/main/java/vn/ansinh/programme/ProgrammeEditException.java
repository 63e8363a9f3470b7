package vn.ansinh.programme;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.InvalidChangeException;

/** A refused edit of a programme's text: the problems by field, shown beside each field (422 in the API). */
public class ProgrammeEditException extends InvalidChangeException {

    public ProgrammeEditException(FieldProblems problems) {
        super("programme text", problems);
    }
}
