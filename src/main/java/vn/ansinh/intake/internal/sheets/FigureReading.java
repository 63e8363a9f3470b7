package vn.ansinh.intake.internal.sheets;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

import vn.ansinh.annex.PrintedFigure;
import vn.ansinh.shared.VietnameseNumbers;

/**
 * A cell read as a figure: a number Excel holds, or text written as printed ("3.971", "9,92",
 * "9,92%"); a dash, as tables write for none, is 0. problem names the message when it is neither.
 */
record FigureReading(BigDecimal value, String printed, boolean formula, String problem, String shown) {

    private static final Set<String> DASHES = Set.of("-", "–", "—");

    static FigureReading of(SheetCells.Reading reading) {
        if (reading instanceof SheetCells.Number number) {
            return new FigureReading(number.value(), VietnameseNumbers.formatAmount(number.value()), number.formula(),
                    null, "");
        }
        if (reading instanceof SheetCells.Text text) {
            return ofText(text.text());
        }
        if (reading instanceof SheetCells.Unreadable unreadable) {
            return new FigureReading(null, "", true, "workbook.cell.unreadable", unreadable.shown());
        }
        return new FigureReading(null, "", false, null, "");
    }

    private static FigureReading ofText(String text) {
        if (DASHES.contains(text)) {
            return new FigureReading(BigDecimal.ZERO, text, false, null, text);
        }
        String number = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        Optional<BigDecimal> value = VietnameseNumbers.parse(number);
        return value.map(v -> new FigureReading(v, text, false, null, text))
                .orElseGet(() -> new FigureReading(null, "", false, "workbook.cell.notNumber", text));
    }

    boolean blank() {
        return value == null && problem == null;
    }

    PrintedFigure asPrinted() {
        return new PrintedFigure(printed, value);
    }
}
