package vn.ansinh.annex;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An annex table of a programme: its printed layout, columns, rows, printed figures and checks. */
public record AnnexTableDefinition(
        long programmeId,
        String code,
        String title,
        String totalLabel,
        List<List<HeaderCell>> header,
        List<AnnexColumn> columns,
        List<AnnexRow> rows,
        Map<PrintedCell, PrintedFigure> printed,
        List<TableCheck> checks,
        List<String> notes) {

    /** The title's lead before a colon: "Biểu số 1". */
    public String shortTitle() {
        return shortTitle(title);
    }

    public static String shortTitle(String title) {
        int colon = title.indexOf(':');
        return colon < 0 ? title : title.substring(0, colon).strip();
    }

    public Optional<AnnexColumn> column(String code) {
        return columns.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<PrintedFigure> printed(int row, String column) {
        return Optional.ofNullable(printed.get(new PrintedCell(row, column)));
    }
}
