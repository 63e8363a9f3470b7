package vn.ansinh.targets;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.InvalidChangeException;

/** An indicator not created or changed because of what was entered. */
public class InvalidIndicatorException extends InvalidChangeException {

    public InvalidIndicatorException(FieldProblems problems) {
        super("indicator", problems);
    }
}
