package vn.ansinh.households;

import vn.ansinh.shared.CodedException;
import vn.ansinh.shared.RefusalKind;

/** A review step that cannot be taken: a closed round, an outcome that does not fit the household, … */
public class ReviewRefusal extends CodedException {

    public ReviewRefusal(String code, Object... arguments) {
        super(code, arguments);
    }

    /** A closed round, or a round there is already: the round's state; anything else was entered wrong. */
    @Override
    public RefusalKind kind() {
        return "review.closed".equals(code()) || "review.exists".equals(code()) ? RefusalKind.CONFLICT : RefusalKind.INVALID;
    }
}
