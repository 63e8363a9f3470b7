package vn.ansinh.documents.internal;

import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import vn.ansinh.annex.PlacedHeaderCell;
import vn.ansinh.documents.AnnexPage;

/** The annex tables of the PDF, each on a landscape page: title, subtitle, table, notes. */
final class PdfAnnexes {

    /** Relative widths are scaled from this; any width gives the same shares. */
    private static final int SHARES = 1000;

    private PdfAnnexes() {
    }

    static void write(Document document, List<AnnexPage> pages, PdfFonts fonts) {
        document.setPageSize(PageSize.A4.rotate());
        document.setMargins(PdfWriter.MARGIN, PdfWriter.MARGIN, PdfWriter.MARGIN, PdfWriter.MARGIN);
        for (AnnexPage page : pages) {
            document.newPage();
            document.add(PdfText.paragraph(page.title(), fonts.strong(), Element.ALIGN_CENTER));
            document.add(PdfText.paragraph(page.subtitle(), fonts.emphasis(), Element.ALIGN_CENTER));
            document.add(table(page, fonts));
            page.notes().forEach(note -> document.add(PdfText.paragraph(note, fonts.emphasis(), Element.ALIGN_LEFT)));
        }
    }

    /** The header, then codes, rows and the total; header and codes repeat on a page the table runs on to. */
    private static PdfPTable table(AnnexPage page, PdfFonts fonts) {
        int[] widths = AnnexWidths.of(page, SHARES);
        float[] relative = new float[widths.length];
        for (int c = 0; c < widths.length; c++) {
            relative[c] = widths[c];
        }
        PdfPTable table = new PdfPTable(relative);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8f);
        table.setSpacingAfter(6f);
        table.setHeaderRows(page.headerRows() + 1);
        header(table, page, fonts);
        row(table, page, page.codes(), fonts.tableCode(), true);
        page.rows().forEach(row -> row(table, page, row, fonts.table(), false));
        row(table, page, page.total(), fonts.tableStrong(), false);
        return table;
    }

    /** Header cells in reading order, each spanning its columns and rows: the table skips the slots taken from above. */
    private static void header(PdfPTable table, AnnexPage page, PdfFonts fonts) {
        for (int r = 0; r < page.headerRows(); r++) {
            for (PlacedHeaderCell placed : page.headerRow(r)) {
                PdfPCell cell = PdfText.cell(List.of(placed.label()), fonts.tableStrong(), Element.ALIGN_CENTER, true);
                cell.setColspan(placed.colSpan());
                cell.setRowspan(placed.rowSpan());
                table.addCell(cell);
            }
        }
    }

    private static void row(PdfPTable table, AnnexPage page, List<String> cells, Font font, boolean codes) {
        for (int c = 0; c < cells.size(); c++) {
            int alignment = codes || c == 0 ? Element.ALIGN_CENTER
                    : page.numeric().get(c) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
            table.addCell(PdfText.cell(List.of(cells.get(c)), font, alignment, true));
        }
    }
}
