package vn.ansinh.units;

import java.util.List;

/** Words of a succession list that name no unit or more than one: for a person to choose, never guessed. */
public record UndecidedPredecessor(int line, String successor, String words, List<PredecessorCandidate> candidates) {

    public UndecidedPredecessor {
        candidates = List.copyOf(candidates);
    }
}
