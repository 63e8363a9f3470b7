package vn.ansinh.relief;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.InvalidChangeException;

/** An event, affected household or relief refused, with a problem per field; nothing was written. */
public class InvalidReliefException extends InvalidChangeException {

    public InvalidReliefException(FieldProblems problems) {
        super("Relief", problems);
    }
}
