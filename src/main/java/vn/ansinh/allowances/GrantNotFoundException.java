package vn.ansinh.allowances;

import vn.ansinh.shared.NotFoundException;

/** A commune's register that is not there for this user: no such commune, or one outside what they may read. */
public class GrantNotFoundException extends NotFoundException {

    public GrantNotFoundException(long unitId) {
        super("register of unit " + unitId + " not found in the scope");
    }
}
