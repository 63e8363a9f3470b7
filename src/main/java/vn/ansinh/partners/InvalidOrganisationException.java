package vn.ansinh.partners;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.InvalidChangeException;

/** An organisation not created or changed because of what was entered. */
public class InvalidOrganisationException extends InvalidChangeException {

    public InvalidOrganisationException(FieldProblems problems) {
        super("organisation", problems);
    }
}
