package vn.ansinh.units;

/**
 * One unit an import creates, changes or ends: its GSO code, its full name before (none when created) and after
 * (none when ended), and for a change what changed.
 */
public record UnitImportChange(Kind kind, String gsoCode, String before, String after, boolean renamed, boolean moved,
        boolean kindChanged) {

    public enum Kind { CREATED, CHANGED, ENDED }
}
