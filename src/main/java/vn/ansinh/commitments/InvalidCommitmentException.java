package vn.ansinh.commitments;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.InvalidChangeException;

/** A commitment or a progress report refused for what was typed, with the problems by field; nothing was written. */
public class InvalidCommitmentException extends InvalidChangeException {

    public InvalidCommitmentException(FieldProblems problems) {
        super("Commitment", problems);
    }
}
