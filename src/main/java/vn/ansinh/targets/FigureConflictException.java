package vn.ansinh.targets;

import vn.ansinh.shared.CodedException;
import vn.ansinh.shared.OfficeTime;
import vn.ansinh.shared.RefusalKind;

/**
 * A write of figures read at an older version than the one stored: nothing was written. Names who saved
 * the newer figures and when (office time), and carries that version so a form can show it.
 */
public class FigureConflictException extends CodedException {

    private final transient FigureVersion newer;

    public FigureConflictException(FigureVersion newer) {
        super("figures.conflict", newer.changedBy() == null ? "?" : newer.changedBy(), OfficeTime.minute(newer.changedAt()));
        this.newer = newer;
    }

    public FigureVersion newer() {
        return newer;
    }

    @Override
    public String field() {
        return "version";
    }

    @Override
    public RefusalKind kind() {
        return RefusalKind.CONFLICT;
    }
}
