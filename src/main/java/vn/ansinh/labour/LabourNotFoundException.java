package vn.ansinh.labour;

import vn.ansinh.shared.NotFoundException;

/** A commune, course or programme that is not there for this user: answered 404. */
public class LabourNotFoundException extends NotFoundException {

    public LabourNotFoundException(long id) {
        super("not found in the scope: " + id);
    }
}
