package vn.ansinh.programme;

import vn.ansinh.shared.NotFoundException;

/** A programme, or a section of its text, that is not there: answered 404. */
public class ProgrammeNotFoundException extends NotFoundException {

    public ProgrammeNotFoundException(long id) {
        super("programme not found: " + id);
    }
}
