package vn.ansinh.datacopy;

/** A copy that was not made, and why, in words an administrator can act on. */
public class CopyRefusedException extends RuntimeException {

    public CopyRefusedException(String message) {
        super(message);
    }

    public CopyRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
