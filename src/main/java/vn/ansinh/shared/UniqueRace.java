package vn.ansinh.shared;

import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;

/**
 * For a "find it or make it" step whose making can race with another caller's: the loser's insert breaks the
 * unique key and its transaction is rolled back, so the step is taken once more, in a transaction of its own,
 * where it now finds what the winner made. Call it from outside the step's transaction (a controller).
 */
public final class UniqueRace {

    private UniqueRace() {
    }

    public static <T> T findOrMake(Supplier<T> step) {
        try {
            return step.get();
        } catch (DuplicateKeyException madeMeanwhile) {
            return step.get();
        }
    }
}
