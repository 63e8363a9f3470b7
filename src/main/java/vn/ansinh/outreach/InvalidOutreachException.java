package vn.ansinh.outreach;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.InvalidChangeException;

/** A training or session refused for what was typed, with the problems by field; nothing was written. */
public class InvalidOutreachException extends InvalidChangeException {

    public InvalidOutreachException(FieldProblems problems) {
        super("Outreach", problems);
    }
}
