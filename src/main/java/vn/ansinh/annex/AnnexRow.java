package vn.ansinh.annex;

/** A row of an annex table: the unit, and its number and name as printed. */
public record AnnexRow(long unitId, String ordinal, String label) {
}
