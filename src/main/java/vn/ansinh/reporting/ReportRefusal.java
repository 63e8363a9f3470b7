package vn.ansinh.reporting;

import vn.ansinh.shared.CodedException;

/** A step the report's state does not allow, or a save over someone else's; the message says which. */
public class ReportRefusal extends CodedException {

    public ReportRefusal(String code, Object... arguments) {
        super(code, arguments);
    }
}
