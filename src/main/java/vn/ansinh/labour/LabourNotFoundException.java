package vn.ansinh.labour;

/** A commune, course or programme that is not there for this user: answered 404. */
public class LabourNotFoundException extends RuntimeException {

    public LabourNotFoundException(long id) {
        super("not found in the scope: " + id);
    }
}
