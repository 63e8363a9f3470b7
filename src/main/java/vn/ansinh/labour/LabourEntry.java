package vn.ansinh.labour;

/** A labour record as a list shows it: deleted ones only to administrators, who may restore them. */
public record LabourEntry(LabourRecord record, boolean deleted) {
}
