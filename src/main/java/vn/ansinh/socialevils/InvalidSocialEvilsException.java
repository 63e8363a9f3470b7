package vn.ansinh.socialevils;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.InvalidChangeException;

/** A month's counts refused, with a problem per field; nothing was written. */
public class InvalidSocialEvilsException extends InvalidChangeException {

    public InvalidSocialEvilsException(FieldProblems problems) {
        super("Social evils month", problems);
    }
}
