package vn.ansinh.labour;

import vn.ansinh.shared.CodedException;

/** A labour record or count that cannot be taken, with the message that says why. */
public class LabourRefusal extends CodedException {

    public LabourRefusal(String code, Object... arguments) {
        super(code, arguments);
    }
}
