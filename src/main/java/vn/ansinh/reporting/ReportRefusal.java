package vn.ansinh.reporting;

import java.util.Arrays;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.ansinh.shared.CodedException;
import vn.ansinh.shared.RefusalKind;

/** A step the report's state does not allow, or a save over someone else's; the message says which. */
public class ReportRefusal extends CodedException {

    private static final Set<String> CONFLICTS = Set.of("report.conflict", "report.refused.edit", "report.refused.submit",
            "report.refused.approve", "report.refused.return", "report.refused.reopen");
    private static final Set<String> NOT_ALLOWED = Set.of("report.refused.office", "report.refused.notYours");

    public ReportRefusal(String code, Object... arguments) {
        super(code, named(arguments));
    }

    /** A state is named as the office names it ("đã gửi"), in the reader's language, wherever the message is shown. */
    private static Object[] named(Object... arguments) {
        return Arrays.stream(arguments).map(a -> a instanceof ReportState state
                ? new DefaultMessageSourceResolvable("report.state." + state.name()) : a).toArray();
    }

    @Override
    public RefusalKind kind() {
        return CONFLICTS.contains(code()) ? RefusalKind.CONFLICT
                : NOT_ALLOWED.contains(code()) ? RefusalKind.NOT_ALLOWED : RefusalKind.INVALID;
    }
}
