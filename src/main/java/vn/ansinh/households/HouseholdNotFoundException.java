package vn.ansinh.households;

/**
 * A household — or a commune — that is not there for this user: none such, or outside what they may
 * read or change. Answered 404 either way, so ids of other communes' households do not leak.
 */
public class HouseholdNotFoundException extends RuntimeException {

    public HouseholdNotFoundException(long id) {
        super("household or unit " + id + " not found in the scope");
    }
}
