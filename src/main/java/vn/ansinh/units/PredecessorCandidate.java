package vn.ansinh.units;

/** A unit the words may mean: its code (GSO where it has one), its full name and its parent's. */
public record PredecessorCandidate(String code, String fullName, String parent) {
}
