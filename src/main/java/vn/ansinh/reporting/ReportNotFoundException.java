package vn.ansinh.reporting;

/** A report, period or programme that is not there for this user: answered 404. */
public class ReportNotFoundException extends RuntimeException {

    public ReportNotFoundException(long id) {
        super("not found in the scope: " + id);
    }
}
