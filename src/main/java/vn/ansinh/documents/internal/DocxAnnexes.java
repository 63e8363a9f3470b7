package vn.ansinh.documents.internal;

import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;

import vn.ansinh.annex.PlacedHeaderCell;
import vn.ansinh.documents.AnnexPage;
import vn.ansinh.documents.internal.DocxText.Style;

/** The annex tables of the DOCX, each on a landscape page: title, subtitle, table, notes. */
final class DocxAnnexes {

    private DocxAnnexes() {
    }

    /** Pages after the text's upright section, which the caller has ended. */
    static void write(XWPFDocument docx, List<AnnexPage> pages) {
        for (int i = 0; i < pages.size(); i++) {
            AnnexPage page = pages.get(i);
            XWPFParagraph title = DocxText.paragraph(docx, page.title(), Style.STRONG, ParagraphAlignment.CENTER);
            title.setPageBreak(i > 0);
            DocxText.paragraph(docx, page.subtitle(), Style.EMPHASIS, ParagraphAlignment.CENTER);
            table(docx, page);
            page.notes().forEach(note -> DocxText.paragraph(docx, note, Style.EMPHASIS, ParagraphAlignment.LEFT));
        }
    }

    private static void table(XWPFDocument docx, AnnexPage page) {
        int[] widths = AnnexWidths.of(page, DocxPages.LANDSCAPE_WIDTH);
        XWPFTable table = DocxTables.create(docx, widths, true);
        for (int r = 0; r < page.headerRows(); r++) {
            headerRow(table, page, widths, r);
        }
        XWPFTableRow codes = plainRow(table, page, widths, page.codes(), Style.TABLE_CODE);
        codes.setRepeatHeader(true);
        page.rows().forEach(row -> plainRow(table, page, widths, row, Style.TABLE));
        plainRow(table, page, widths, page.total(), Style.TABLE_STRONG);
    }

    /** The cells that start in this row, and the continuations of the cells above that span down into it. */
    private static void headerRow(XWPFTable table, AnnexPage page, int[] widths, int r) {
        XWPFTableRow row = DocxTables.row(table);
        row.setRepeatHeader(true);
        List<PlacedHeaderCell> covering = page.header().stream()
                .filter(c -> c.row() <= r && r < c.row() + c.rowSpan())
                .sorted(java.util.Comparator.comparingInt(PlacedHeaderCell::column)).toList();
        for (PlacedHeaderCell placed : covering) {
            XWPFTableCell cell = DocxTables.cell(row, widths, placed.column(), placed.colSpan());
            cell.setVerticalAlignment(XWPFVertAlign.CENTER);
            if (placed.rowSpan() > 1) {
                DocxTables.mergeDown(cell, placed.row() == r);
            }
            if (placed.row() == r) {
                DocxText.cell(cell, List.of(placed.label()), Style.TABLE_STRONG, ParagraphAlignment.CENTER);
            }
        }
    }

    private static XWPFTableRow plainRow(XWPFTable table, AnnexPage page, int[] widths, List<String> cells, Style style) {
        XWPFTableRow row = DocxTables.row(table);
        row.setCantSplitRow(true);
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = DocxTables.cell(row, widths, c, 1);
            cell.setVerticalAlignment(XWPFVertAlign.CENTER);
            DocxText.cell(cell, List.of(cells.get(c)), style, alignment(page, c, style));
        }
        return row;
    }

    /** Codes centred; numbers right; the ordinal centred; the unit's name left. */
    private static ParagraphAlignment alignment(AnnexPage page, int column, Style style) {
        if (style == Style.TABLE_CODE || column == 0) {
            return ParagraphAlignment.CENTER;
        }
        return page.numeric().get(column) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT;
    }
}
