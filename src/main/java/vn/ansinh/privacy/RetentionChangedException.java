package vn.ansinh.privacy;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.InvalidChangeException;

/**
 * A run refused: the number of households past retention it was sent is not today's (the list changed since it
 * was shown, or none was sent). Nothing was anonymised.
 */
public class RetentionChangedException extends InvalidChangeException {

    public RetentionChangedException(FieldProblems problems) {
        super("anonymisation", problems);
    }
}
