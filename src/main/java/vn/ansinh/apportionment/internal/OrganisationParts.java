package vn.ansinh.apportionment.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.TableCheck;
import vn.ansinh.apportionment.ApportionmentException;
import vn.ansinh.apportionment.ProgrammeTables;
import vn.ansinh.shared.Fraction;
import vn.ansinh.targets.FigureKey;

/**
 * Splitting a commune's committed exits among the organisations of a table with a target column
 * per organisation (Biểu 3): equally, by each organisation's total over every commune this year
 * ("totals"), or by the commune's figures of last year's programme ("prev").
 */
public final class OrganisationParts {

    public static final String TOTALS = "totals";
    public static final String PREVIOUS = "prev";

    private OrganisationParts() {
    }

    public static PlannedParts of(ProgrammeTables tables, String tableCode, long communeId, String baseKey) {
        ComputedTable table = table(tables, tableCode);
        ComputedRow row = row(table, communeId);
        Function<ComputedColumn, Fraction> base = base(tables, table, row, baseKey);
        PlannedParts parts = new PlannedParts();
        for (ComputedColumn column : ChoiceFinder.organisationColumns(table)) {
            String name = ChoiceFinder.shortLabel(column);
            Fraction value = base.apply(column);
            if (value == null) {
                throw new ApportionmentException("apportionment.base.missing", name);
            }
            parts.add(name, column.shown(value),
                    new FigureKey(column.column().indicatorId(), communeId, column.column().organisationId()));
        }
        return parts;
    }

    /**
     * The commune's committed figure the table's row must equal — the other column of its
     * "equals column" check (Biểu 3's row total against Biểu 2 column 8) — to offer as the whole.
     */
    public static Optional<Fraction> committed(ProgrammeTables tables, String tableCode, long communeId) {
        ComputedTable table = table(tables, tableCode);
        return table.definition().checks().stream().filter(c -> c.kind() == TableCheck.Kind.EQUALS_COLUMN).findFirst()
                .flatMap(check -> tables.table(check.otherTable(), false)
                        .flatMap(other -> other.rowOfUnit(communeId))
                        .map(r -> r.value(check.otherColumn())));
    }

    private static ComputedTable table(ProgrammeTables tables, String tableCode) {
        return tables.table(tableCode, false).filter(t -> !ChoiceFinder.organisationColumns(t).isEmpty())
                .orElseThrow(() -> new ApportionmentException("apportionment.table.unknown", String.valueOf(tableCode)));
    }

    private static ComputedRow row(ComputedTable table, long communeId) {
        return table.rowOfUnit(communeId)
                .orElseThrow(() -> new ApportionmentException("apportionment.commune.unknown", communeId));
    }

    private static Function<ComputedColumn, Fraction> base(ProgrammeTables tables, ComputedTable table, ComputedRow row,
            String baseKey) {
        return switch (baseKey) {
            case ColumnRef.EQUAL -> column -> Fraction.ZERO;
            case TOTALS -> {
                if (!table.complete()) {
                    throw new ApportionmentException("apportionment.rows.hidden", table.definition().shortTitle());
                }
                yield column -> table.total().value(column.code());
            }
            case PREVIOUS -> {
                Optional<ComputedRow> last = tables.table(table.code(), true).flatMap(t -> t.rowOfUnit(row.unitId()));
                yield column -> last.map(r -> r.value(column.code())).orElse(null);
            }
            default -> throw new ApportionmentException("apportionment.column.unknown", baseKey);
        };
    }

    /** The bases the form offers, last year's only where there is a last year. */
    public static List<String> baseKeys(boolean hasPreviousYear) {
        return hasPreviousYear ? List.of(ColumnRef.EQUAL, TOTALS, PREVIOUS) : List.of(ColumnRef.EQUAL, TOTALS);
    }
}
