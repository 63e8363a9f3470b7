package vn.ansinh.households;

import java.util.List;

import vn.ansinh.annex.TableAsOf;

/**
 * A table from the registry under the units in force on a day: each household counted where its unit of record is
 * now (a household of 2019's Cam An in Xã Hiếu Giang as of 2026), without any household record moved.
 */
public record RegistryTableAsOf(RegistryTable registry, TableAsOf asOf) {

    /** Whether a row of the day holds a commune whose figures came from its households. */
    public boolean fromRegistry(Long unitId) {
        return heldFromRegistry(unitId) > 0;
    }

    /** How many of the rows it holds came from their households. */
    public long heldFromRegistry(Long unitId) {
        List<TableAsOf.Predecessor> held = asOf.predecessorsOf(unitId);
        return held.stream().filter(p -> registry.fromRegistry().contains(p.unitId())).count();
    }
}
