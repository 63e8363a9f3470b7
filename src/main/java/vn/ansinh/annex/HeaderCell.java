package vn.ansinh.annex;

/** A printed header cell spanning colSpan columns and rowSpan header rows. */
public record HeaderCell(String label, int colSpan, int rowSpan) {
}
