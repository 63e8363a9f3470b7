package vn.ansinh.documents;

import java.util.List;

import vn.ansinh.annex.PlacedHeaderCell;

/**
 * An annex table as the document prints it, on a landscape page: title, subtitle, the header grid
 * with its merged cells, the row of column codes, the rows and the total row as formatted text,
 * which columns hold numbers (aligned right), and the notes under the table, figures filled in.
 */
public record AnnexPage(
        String title,
        String subtitle,
        List<PlacedHeaderCell> header,
        int headerRows,
        List<String> codes,
        List<Boolean> numeric,
        List<List<String>> rows,
        List<String> total,
        List<String> notes) {

    public int columns() {
        return codes.size();
    }

    /** The header cells that start in a header row, left to right. */
    public List<PlacedHeaderCell> headerRow(int row) {
        return header.stream().filter(c -> c.row() == row)
                .sorted(java.util.Comparator.comparingInt(PlacedHeaderCell::column)).toList();
    }
}
