package vn.ansinh.targets;

/** How an indicator adds up over units. */
public enum Aggregation {
    /** Counts and amounts: the whole is the sum of the parts. */
    SUM,
    /** part ÷ whole × 100, computed from the summed part and whole, never by adding rates. */
    RATE,
    /** Units meeting a condition, written "9/9 xã". */
    COUNT_UNITS
}
