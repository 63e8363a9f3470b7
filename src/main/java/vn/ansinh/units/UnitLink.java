package vn.ansinh.units;

import java.time.LocalDate;

/** A unit before or after another through a succession: the unit, the day it took effect, what kind of event. */
public record UnitLink(AdministrativeUnit unit, LocalDate effectiveOn, String kind) {
}
