package vn.ansinh.annex;

import vn.ansinh.shared.CodedException;

/**
 * A table cannot be shared out by the key asked for: the table has no column of that key, or the parts of a
 * divided unit have no figure of it. Shown to the user; nothing is summed silently instead.
 */
public class SplitRefusedException extends CodedException {

    public SplitRefusedException(String code, Object... arguments) {
        super(code, arguments);
    }

    @Override
    public String field() {
        return "split";
    }
}
