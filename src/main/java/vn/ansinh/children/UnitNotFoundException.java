package vn.ansinh.children;

import vn.ansinh.shared.NotFoundException;

/** A commune that is not there for this user: none such, not a commune, or outside what they read. */
public class UnitNotFoundException extends NotFoundException {

    public UnitNotFoundException(long unitId) {
        super("No commune " + unitId + " for this user");
    }
}
