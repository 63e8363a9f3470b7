package vn.ansinh.planning;

import vn.ansinh.shared.CodedException;
import vn.ansinh.shared.RefusalKind;

/** Next year's programme cannot be made; code and arguments name a message ("nextYear.exists"). */
public class NextYearException extends CodedException {

    public NextYearException(String code, Object... arguments) {
        super(code, arguments);
    }

    @Override
    public RefusalKind kind() {
        return switch (code()) {
            case "nextYear.exists" -> RefusalKind.CONFLICT;
            case "nextYear.unknown" -> RefusalKind.NOT_FOUND;
            default -> RefusalKind.INVALID;
        };
    }
}
