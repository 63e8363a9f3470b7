package vn.ansinh.apportionment;

import vn.ansinh.shared.CodedException;

/** A split that cannot be made; code and arguments name a message ("apportionment.base.negative"). */
public class ApportionmentException extends CodedException {

    public ApportionmentException(String code, Object... arguments) {
        super(code, arguments);
    }
}
