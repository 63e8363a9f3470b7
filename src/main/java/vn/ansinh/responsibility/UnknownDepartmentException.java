package vn.ansinh.responsibility;

import vn.ansinh.shared.NotFoundException;

/** A cut asked for by a department that had no domain during the programme's year. */
public class UnknownDepartmentException extends NotFoundException {

    public UnknownDepartmentException(String code, int year) {
        super("department " + code + " in " + year);
    }
}
