package vn.ansinh.units;

/** A unit in the tree's reading order (each unit followed by the units below it), with its depth (0 at the top). */
public record UnitInTree(AdministrativeUnit unit, int depth) {
}
