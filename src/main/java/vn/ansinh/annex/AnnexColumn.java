package vn.ansinh.annex;

/**
 * A column of an annex table. Inputs name an indicator (and an organisation where the figure
 * is an organisation's); formula columns name their formula; printedCode is the code as the
 * table prints it ("10=2-8") where that differs from the code. rollsForwardFrom, on a baseline
 * column, names the column of the same row whose value this year is the baseline next year (Biểu 2:
 * poor households next year = "10", the poor households expected at year end); null when none.
 */
public record AnnexColumn(String code, String printedCode, ColumnRole role, Long indicatorId, Long organisationId,
        String formula, String rollsForwardFrom) {

    public AnnexColumn(String code, String printedCode, ColumnRole role, Long indicatorId, Long organisationId,
            String formula) {
        this(code, printedCode, role, indicatorId, organisationId, formula, null);
    }

    public String displayCode() {
        return printedCode == null ? code : printedCode;
    }

    public Formula parsedFormula() {
        return role == ColumnRole.FORMULA ? Formula.parse(formula) : null;
    }
}
