package vn.ansinh.checks;

/**
 * A figure stated in the programme's text or in a table's note (sourceTable), and what it states:
 * a table cell (rowUnitId null means the total row), an indicator's plan, or "k/n" units.
 */
public record StatedFigure(
        String sourceTable,
        String location,
        String excerpt,
        String printed,
        Kind kind,
        String tableCode,
        String columnCode,
        Long rowUnitId,
        Long indicatorId) {

    public enum Kind {
        CELL,
        PLAN,
        UNIT_COUNT
    }
}
