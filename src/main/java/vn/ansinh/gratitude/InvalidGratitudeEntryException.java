package vn.ansinh.gratitude;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.InvalidChangeException;

/** A contribution, house or gift refused, with a problem per field; nothing was written. */
public class InvalidGratitudeEntryException extends InvalidChangeException {

    public InvalidGratitudeEntryException(FieldProblems problems) {
        super("Gratitude fund entry", problems);
    }
}
