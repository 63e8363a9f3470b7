package vn.ansinh.intake;

/**
 * What a workbook import did, or would do: figures created (none before), changed and unchanged,
 * and blank cells, which keep the value ansinh has.
 */
public record WorkbookCounts(int created, int changed, int unchanged, int blank) {
}
