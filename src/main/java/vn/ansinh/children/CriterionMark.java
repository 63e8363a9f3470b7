package vn.ansinh.children;

/** How a commune did on one criterion of a year: met or not, with a note (null: none). */
public record CriterionMark(String code, boolean met, String note) {
}
