package vn.ansinh.units;

import java.util.List;

/**
 * The unit tree as shown: its entries in reading order, the path of the unit looked into (empty when the tree is
 * whole), and whether it is whole.
 */
public record UnitView(List<UnitInTree> entries, List<AdministrativeUnit> path, boolean whole) {

    /** A unit a search found, with the units above it (top first). */
    public record Found(AdministrativeUnit unit, List<AdministrativeUnit> above) {
    }
}
