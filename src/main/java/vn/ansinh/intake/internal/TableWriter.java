package vn.ansinh.intake.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.ansinh.annex.AnnexColumn;
import vn.ansinh.annex.AnnexRow;
import vn.ansinh.annex.AnnexTableDefinition;
import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.PrintedCell;
import vn.ansinh.annex.PrintedFigure;
import vn.ansinh.checks.FigureChecks;
import vn.ansinh.checks.StatedFigure;
import vn.ansinh.intake.internal.ProgrammeFile.CellEntry;
import vn.ansinh.intake.internal.ProgrammeFile.ColumnEntry;
import vn.ansinh.intake.internal.ProgrammeFile.FigureEntry;
import vn.ansinh.intake.internal.ProgrammeFile.ItemEntry;
import vn.ansinh.intake.internal.ProgrammeFile.RowEntry;
import vn.ansinh.intake.internal.ProgrammeFile.TableEntry;
import vn.ansinh.programme.Programme;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.TargetFigure;
import vn.ansinh.targets.TargetValues;

/**
 * Writes the annex tables: input cells become baselines and targets, computed cells and the
 * printed total row are kept as printed figures, and stated figures are recorded for checking.
 */
@Component
class TableWriter {

    private final AnnexTables tables;
    private final TargetValues values;
    private final FigureChecks checks;
    private final MemberUnits memberUnits;

    TableWriter(AnnexTables tables, TargetValues values, FigureChecks checks, MemberUnits memberUnits) {
        this.tables = tables;
        this.values = values;
        this.checks = checks;
        this.memberUnits = memberUnits;
    }

    void write(ProgrammeFile file, Programme programme, References refs, Errors errors, Tally tally) {
        MemberUnits.Resolver members = memberUnits.of(programme, errors);
        Map<String, Set<Long>> tableUnits = new HashMap<>();
        for (TableEntry table : file.tables()) {
            int before = errors.count();
            List<AnnexColumn> columns = columns(table, refs);
            List<AnnexRow> rows = rows(table, members, errors);
            tableUnits.put(table.code(), rows.stream().map(AnnexRow::unitId).collect(Collectors.toSet()));
            if (errors.count() > before) {
                // This table cannot be written; the next ones are still read for their own errors.
                continue;
            }
            inputs(table, columns, rows, programme.programmeYear(), errors, tally);
            tables.define(new AnnexTableDefinition(programme.id(), table.code(), table.title(), table.totalLabel(),
                    table.header(), columns, rows, printed(table, columns),
                    table.checks().stream().map(c -> c.check()).toList(),
                    table.notes().stream().map(ItemEntry::text).toList()));
            tally.tables++;
        }
        List<StatedFigure> stated = new ArrayList<>();
        StatedRows rows = new StatedRows(members, tableUnits, errors);
        TableReader.allItems(file.programme().sections()).forEach(item -> stated(null, item, refs, rows, stated));
        file.tables().forEach(t -> t.notes().forEach(note -> stated(t.code(), note, refs, rows, stated)));
        checks.recordStatedFigures(programme.id(), stated);
        tally.statedFigures += stated.size();
    }

    private static List<AnnexColumn> columns(TableEntry table, References refs) {
        return table.columns().stream().map(c -> new AnnexColumn(c.code(), c.printedCode(), c.role(),
                refs.indicator(c.indicator(), c.where(), "indicator"),
                refs.organisation(c.organisation(), c.where(), "organisation"), c.formula(), c.rollsForwardFrom()))
                .toList();
    }

    private static List<AnnexRow> rows(TableEntry table, MemberUnits.Resolver members, Errors errors) {
        List<AnnexRow> rows = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            RowEntry row = table.rows().get(i);
            Long unit = members.resolve(row.unitName(), row.where());
            if (unit == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(unit, i + 1);
            if (earlier != null) {
                errors.add(row.where(), "B", "intake.row.unitDuplicate", row.unitName(), earlier);
            }
            rows.add(new AnnexRow(unit, row.ordinal(), row.unitName()));
        }
        return rows;
    }

    private void inputs(TableEntry table, List<AnnexColumn> columns, List<AnnexRow> rows, int year, Errors errors,
            Tally tally) {
        List<AnnexColumn> numeric = columns.stream().filter(c -> c.role().isNumeric()).toList();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < numeric.size(); c++) {
                AnnexColumn column = numeric.get(c);
                CellEntry cell = table.rows().get(r).cells().get(c);
                if (!column.role().isInput() || cell.amount() == null) {
                    continue;
                }
                FigureKey key = new FigureKey(column.indicatorId(), rows.get(r).unitId(), column.organisationId());
                boolean agrees = column.role() == ColumnRole.BASELINE
                        ? values.recordBaseline(key, year, cell.amount())
                        : values.recordTarget(key, year, new TargetFigure(cell.amount(), null));
                if (!agrees) {
                    errors.add(cell.where(), column.code(), "intake.figure.conflict", rows.get(r).label(), year);
                }
                tally.figures++;
            }
        }
    }

    /** Printed figures of computed cells, and of every cell of the printed total row. */
    private static Map<PrintedCell, PrintedFigure> printed(TableEntry table, List<AnnexColumn> columns) {
        List<AnnexColumn> numeric = columns.stream().filter(c -> c.role().isNumeric()).toList();
        Map<PrintedCell, PrintedFigure> printed = new LinkedHashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < numeric.size(); c++) {
                CellEntry cell = table.rows().get(r).cells().get(c);
                if (numeric.get(c).role() == ColumnRole.FORMULA && cell.amount() != null) {
                    printed.put(new PrintedCell(r + 1, numeric.get(c).code()), new PrintedFigure(cell.printed(), cell.amount()));
                }
            }
        }
        if (table.total() != null) {
            for (int c = 0; c < numeric.size(); c++) {
                CellEntry cell = table.total().cells().get(c);
                if (cell.amount() != null) {
                    printed.put(new PrintedCell(PrintedCell.TOTAL_ROW, numeric.get(c).code()),
                            new PrintedFigure(cell.printed(), cell.amount()));
                }
            }
        }
        return printed;
    }

    /** The unit of a row a stated figure names, which must be a row of the table it names. */
    private record StatedRows(MemberUnits.Resolver members, Map<String, Set<Long>> tableUnits, Errors errors) {

        Long resolve(FigureEntry figure) {
            Long unit = figure.row() == null ? null : members.resolve(figure.row(), figure.where());
            if (unit != null && !tableUnits.getOrDefault(figure.table(), Set.of()).contains(unit)) {
                errors.add(figure.where(), "row", "intake.figure.row", figure.row(), figure.table());
            }
            return unit;
        }
    }

    private static void stated(String sourceTable, ItemEntry item, References refs, StatedRows rows,
            List<StatedFigure> into) {
        for (FigureEntry figure : item.figures()) {
            Long row = rows.resolve(figure);
            Long indicator = figure.indicator() == null ? null : refs.indicator(figure.indicator(), figure.where(), "indicator");
            into.add(new StatedFigure(sourceTable, item.location(), item.text(), figure.printed(), figure.kind(),
                    figure.table(), figure.column(), row, indicator));
        }
    }
}
