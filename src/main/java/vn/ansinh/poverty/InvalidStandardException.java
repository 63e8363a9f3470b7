package vn.ansinh.poverty;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.InvalidChangeException;

/** A draft standard not changed because of what was entered. */
public class InvalidStandardException extends InvalidChangeException {

    public InvalidStandardException(FieldProblems problems) {
        super("poverty standard", problems);
    }
}
