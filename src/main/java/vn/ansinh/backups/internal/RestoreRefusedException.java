package vn.ansinh.backups.internal;

/** The restore option cannot be honoured: the start fails, with what to do instead (RestoreFailureAnalyzer). */
public class RestoreRefusedException extends IllegalStateException {

    private final String action;

    RestoreRefusedException(String message, String action) {
        super(message + " " + action);
        this.action = action;
    }

    /** What the person starting ansinh should do instead. */
    public String action() {
        return action;
    }
}
