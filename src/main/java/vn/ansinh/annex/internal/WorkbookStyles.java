package vn.ansinh.annex.internal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of an annex workbook, made once per workbook because a workbook holds a
 * limited number of styles and every cell of a kind should share one.
 */
final class WorkbookStyles {

    static final String COUNT_FORMAT = "#,##0";
    /** Rates keep their exact value; only the display rounds to two decimals. */
    static final String RATE_FORMAT = "0.00";

    /** The typeface of Vietnamese administrative documents. */
    private static final String FONT_NAME = "Times New Roman";
    private static final short FONT_POINTS = 12;

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle code;
    final CellStyle ordinal;
    final CellStyle label;
    final CellStyle totalLabel;
    private final CellStyle count;
    private final CellStyle rate;
    private final CellStyle totalCount;
    private final CellStyle totalRate;

    WorkbookStyles(Workbook workbook) {
        Font plain = font(workbook, false, false);
        Font bold = font(workbook, true, false);
        Font italic = font(workbook, false, true);
        title = centred(workbook, bold);
        subtitle = centred(workbook, italic);
        header = bordered(workbook, bold, HorizontalAlignment.CENTER);
        header.setWrapText(true);
        code = bordered(workbook, italic, HorizontalAlignment.CENTER);
        ordinal = bordered(workbook, plain, HorizontalAlignment.CENTER);
        label = bordered(workbook, plain, HorizontalAlignment.LEFT);
        totalLabel = bordered(workbook, bold, HorizontalAlignment.CENTER);
        count = numeric(workbook, plain, COUNT_FORMAT);
        rate = numeric(workbook, plain, RATE_FORMAT);
        totalCount = numeric(workbook, bold, COUNT_FORMAT);
        totalRate = numeric(workbook, bold, RATE_FORMAT);
    }

    /** The style of a numeric cell: a rate or a count, bold on the total row. */
    CellStyle number(boolean isRate, boolean isTotal) {
        if (isTotal) {
            return isRate ? totalRate : totalCount;
        }
        return isRate ? rate : count;
    }

    private static Font font(Workbook workbook, boolean bold, boolean italic) {
        Font font = workbook.createFont();
        font.setFontName(FONT_NAME);
        font.setFontHeightInPoints(FONT_POINTS);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }

    private static CellStyle centred(Workbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    private static CellStyle bordered(Workbook workbook, Font font, HorizontalAlignment alignment) {
        CellStyle style = centred(workbook, font);
        style.setAlignment(alignment);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static CellStyle numeric(Workbook workbook, Font font, String format) {
        CellStyle style = bordered(workbook, font, HorizontalAlignment.RIGHT);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
