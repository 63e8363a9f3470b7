package vn.ansinh.meetings;

import vn.ansinh.shared.NotFoundException;

/** A meeting, inspection or action item that is not there for this user: none such, or of a programme they do not read. */
public class CoordinationNotFoundException extends NotFoundException {

    public CoordinationNotFoundException(String what, long id) {
        super(what + " " + id + " not found in the scope");
    }
}
