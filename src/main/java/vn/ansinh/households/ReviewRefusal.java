package vn.ansinh.households;

import vn.ansinh.shared.CodedException;

/** A review step that cannot be taken: a closed round, an outcome that does not fit the household, … */
public class ReviewRefusal extends CodedException {

    public ReviewRefusal(String code, Object... arguments) {
        super(code, arguments);
    }
}
