package vn.ansinh.annex;

/**
 * A column of an annex table. Inputs name an indicator (and an organisation where the figure
 * is an organisation's); formula columns name their formula; printedCode is the code as the
 * table prints it ("10=2-8") where that differs from the code.
 */
public record AnnexColumn(String code, String printedCode, ColumnRole role, Long indicatorId, Long organisationId,
        String formula) {

    public String displayCode() {
        return printedCode == null ? code : printedCode;
    }

    public Formula parsedFormula() {
        return role == ColumnRole.FORMULA ? Formula.parse(formula) : null;
    }
}
