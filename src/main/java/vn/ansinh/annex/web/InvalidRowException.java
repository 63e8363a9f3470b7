package vn.ansinh.annex.web;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.InvalidChangeException;

/** A row write through the API refused for what it sent; nothing was written. */
class InvalidRowException extends InvalidChangeException {

    InvalidRowException(FieldProblems problems) {
        super("row", problems);
    }
}
