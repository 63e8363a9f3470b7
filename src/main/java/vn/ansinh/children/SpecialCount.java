package vn.ansinh.children;

/** How many children of a group a commune counted in a year, and how many of them were supported that year. */
public record SpecialCount(long unitId, int year, ChildGroup group, int children, int supported) {
}
