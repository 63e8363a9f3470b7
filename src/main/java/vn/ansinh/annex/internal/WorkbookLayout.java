package vn.ansinh.annex.internal;

import java.util.List;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.PlacedHeaderCell;

/** The geometry of an annex sheet: column widths, header row heights and the printed page. */
final class WorkbookLayout {

    private static final int ORDINAL_WIDTH = 5;
    private static final int LABEL_MIN_WIDTH = 14;
    private static final int LABEL_MAX_WIDTH = 30;
    private static final int NUMBER_WIDTH = 10;
    private static final float LINE_POINTS = 16f;
    /** Bold header letters run a little wider than a width unit's average character. */
    private static final double BOLD_WIDENING = 1.15;

    private WorkbookLayout() {
    }

    /** A narrow ordinal, a unit column as wide as its longest name, numbers wide enough for their code. */
    static void columnWidths(XSSFSheet sheet, ComputedTable table) {
        int labelWidth = table.rows().stream().mapToInt(r -> length(r.label())).max().orElse(0);
        labelWidth = Math.max(labelWidth, length(table.total().label())) + 2;
        List<ComputedColumn> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            int width = switch (columns.get(c).column().role()) {
                case ORDINAL -> ORDINAL_WIDTH;
                case UNIT -> Math.min(LABEL_MAX_WIDTH, Math.max(LABEL_MIN_WIDTH, labelWidth));
                default -> Math.max(NUMBER_WIDTH, columns.get(c).column().displayCode().length() + 2);
            };
            sheet.setColumnWidth(c, width * 256);
        }
    }

    /**
     * Excel does not grow rows for wrapped text in merged cells, so each header row gets the
     * lines its tallest label needs, a label spanning rows sharing its lines among them.
     * Call after the column widths are set.
     */
    static void headerHeights(XSSFSheet sheet, List<PlacedHeaderCell> header, int firstRow) {
        float[] lines = new float[header.stream().mapToInt(h -> h.row() + h.rowSpan()).max().orElse(0)];
        for (PlacedHeaderCell placed : header) {
            float share = (float) Math.ceil(wrappedLines(sheet, placed) / placed.rowSpan());
            for (int r = placed.row(); r < placed.row() + placed.rowSpan(); r++) {
                lines[r] = Math.max(lines[r], share);
            }
        }
        for (int r = 0; r < lines.length; r++) {
            sheet.getRow(firstRow + r).setHeightInPoints(Math.max(1, lines[r]) * LINE_POINTS + 4);
        }
    }

    /** Frozen below the code row; printed landscape, one page wide, header and codes on every page. */
    static void pageSetup(XSSFSheet sheet, int headerStart, int codeRow) {
        sheet.createFreezePane(0, codeRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerStart, codeRow, -1, -1));
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        XSSFPrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    private static double wrappedLines(XSSFSheet sheet, PlacedHeaderCell placed) {
        int chars = 0;
        for (int c = placed.column(); c < placed.column() + placed.colSpan(); c++) {
            chars += sheet.getColumnWidth(c) / 256;
        }
        return Math.ceil(length(placed.label()) * BOLD_WIDENING / Math.max(1, chars - 1));
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
