package vn.ansinh.annex.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.ansinh.annex.AnnexColumn;
import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.TableCheck;
import vn.ansinh.shared.AccessScope;

/**
 * The columns of a table a scope may see. An input column of an organisation the scope cannot see
 * is left out, and so is every formula column reading a left-out column: a row sum over every
 * organisation beside the user's own would give the others' figures away by subtraction.
 */
final class VisibleColumns {

    private final List<AnnexColumn> columns;
    private final List<Integer> positions;

    private VisibleColumns(List<AnnexColumn> columns, List<Integer> positions) {
        this.columns = List.copyOf(columns);
        this.positions = List.copyOf(positions);
    }

    static VisibleColumns of(List<AnnexColumn> all, AccessScope scope) {
        Map<String, AnnexColumn> byCode = all.stream()
                .collect(Collectors.toMap(AnnexColumn::code, Function.identity(), (a, b) -> a));
        List<AnnexColumn> columns = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (scope.unrestricted() || visible(all.get(i), byCode, scope, new HashSet<>())) {
                columns.add(all.get(i));
                positions.add(i);
            }
        }
        return new VisibleColumns(columns, positions);
    }

    /** The visible columns in printed order. */
    List<AnnexColumn> columns() {
        return columns;
    }

    /** Their positions among all the table's columns, from 0. */
    List<Integer> positions() {
        return positions;
    }

    /** The checks that read visible columns only. */
    List<TableCheck> checks(List<TableCheck> checks) {
        Set<String> codes = columns.stream().map(AnnexColumn::code).collect(Collectors.toSet());
        return checks.stream().filter(c -> codes.contains(c.column()) && codes.containsAll(c.operands())).toList();
    }

    /** path holds the formulas being followed; a cycle is left for the calculator to report. */
    private static boolean visible(AnnexColumn column, Map<String, AnnexColumn> byCode, AccessScope scope,
            Set<String> path) {
        if (!scope.canSeeOrganisation(column.organisationId())) {
            return false;
        }
        if (column.role() != ColumnRole.FORMULA || !path.add(column.code())) {
            return true;
        }
        boolean visible = column.parsedFormula().operands().stream().map(byCode::get).filter(Objects::nonNull)
                .allMatch(operand -> visible(operand, byCode, scope, path));
        path.remove(column.code());
        return visible;
    }
}
