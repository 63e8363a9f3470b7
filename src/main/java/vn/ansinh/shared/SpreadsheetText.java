package vn.ansinh.shared;

import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellPropertyType;
import org.apache.poi.ss.util.CellUtil;

/**
 * Text that a spreadsheet must show as text, never run: the one place every CSV and XLSX writer of ansinh puts text
 * through, since names, addresses and a failed sign-in's typed username can be anything («=HYPERLINK(…)»). A text
 * starting with =, +, -, @, a tab or a carriage return is a formula to Excel. Numbers written as numeric cells are
 * not text and stay numbers (a real -5 stays -5).
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    /**
     * Where Excel may start a field inside a CSV value: Vietnamese Excel splits on «;», others on «,» or a tab, and a
     * quote that is not at a field's start (as it is not once Excel splits elsewhere) protects nothing.
     */
    private static final Pattern FIELD_START_INSIDE = Pattern.compile("([,;\\t\\n\\r])(?=[=+\\-@\\t\\r])");

    private SpreadsheetText() {
    }

    public static boolean startsAsFormula(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /**
     * A CSV field's text, safe whatever separator the reader splits on: an apostrophe before a formula's first
     * character at the start and after every comma, semicolon, tab or line break inside it. Quoting is the writer's.
     */
    public static String csv(String text) {
        if (text == null) {
            return null;
        }
        String inside = FIELD_START_INSIDE.matcher(text).replaceAll("$1'");
        return startsAsFormula(inside) ? "'" + inside : inside;
    }

    /**
     * Writes a text cell; one that would start as a formula is marked quote-prefixed — Excel's own leading
     * apostrophe, kept in the cell's style, not in its value, so ansinh's imports read the text back unchanged.
     */
    public static void text(Cell cell, String text) {
        cell.setCellValue(text);
        if (startsAsFormula(text)) {
            CellUtil.setCellStyleProperty(cell, CellPropertyType.QUOTE_PREFIXED, true);
        }
    }
}
