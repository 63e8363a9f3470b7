package vn.ansinh.units;

import java.time.LocalDate;

import vn.ansinh.shared.NotFoundException;

/** No unit bears the code on the day: answered 404. */
public class UnitNotFoundException extends NotFoundException {

    public UnitNotFoundException(String code, LocalDate day) {
        super("no unit bears " + code + " on " + day);
    }
}
