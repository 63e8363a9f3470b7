package vn.ansinh.households;

import vn.ansinh.shared.NotFoundException;

/**
 * A household — or a commune — that is not there for this user: none such, or outside what they may
 * read or change. Answered 404 either way, so ids of other communes' households do not leak.
 */
public class HouseholdNotFoundException extends NotFoundException {

    public HouseholdNotFoundException(long id) {
        super("household or unit " + id + " not found in the scope");
    }
}
