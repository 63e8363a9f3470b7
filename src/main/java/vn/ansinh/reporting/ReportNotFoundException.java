package vn.ansinh.reporting;

import vn.ansinh.shared.NotFoundException;

/** A report, period or programme that is not there for this user: answered 404. */
public class ReportNotFoundException extends NotFoundException {

    public ReportNotFoundException(long id) {
        super("not found in the scope: " + id);
    }
}
