package vn.ansinh.planning;

import vn.ansinh.shared.CodedException;

/** Next year's programme cannot be made; code and arguments name a message ("nextYear.exists"). */
public class NextYearException extends CodedException {

    public NextYearException(String code, Object... arguments) {
        super(code, arguments);
    }
}
