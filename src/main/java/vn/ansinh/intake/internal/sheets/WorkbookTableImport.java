package vn.ansinh.intake.internal.sheets;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ansinh.annex.AnnexRow;
import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.checks.FigureChecks;
import vn.ansinh.intake.SheetRead;
import vn.ansinh.intake.WorkbookImport;
import vn.ansinh.intake.WorkbookImported;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.ColumnLimits;
import vn.ansinh.targets.FigureEditor;
import vn.ansinh.targets.Indicator;
import vn.ansinh.targets.Indicators;
import vn.ansinh.units.Units;

/**
 * Imports a programme's annex tables from a workbook: reads every sheet, says what would change
 * and what the workbook's printed figures get wrong, and — unless it is a dry run or anything is
 * wrong — writes the figures in one transaction, each one audited, and the import itself.
 */
@Component
public class WorkbookTableImport {

    private final Programmes programmes;
    private final AnnexTables tables;
    private final Units units;
    private final Indicators indicators;
    private final FigureChecks checks;
    private final FigureEditor editor;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final ColumnLimits limits;

    WorkbookTableImport(Programmes programmes, AnnexTables tables, Units units, Indicators indicators,
            FigureChecks checks, FigureEditor editor, TransactionTemplate transaction, ApplicationEventPublisher events,
            ColumnLimits limits) {
        this.limits = limits;
        this.programmes = programmes;
        this.tables = tables;
        this.units = units;
        this.indicators = indicators;
        this.checks = checks;
        this.editor = editor;
        this.transaction = transaction;
        this.events = events;
    }

    /** Empty when the scope cannot read the programme. */
    public Optional<WorkbookImport> run(long programmeId, String file, byte[] content, boolean dryRun,
            AccessScope scope) throws IOException {
        Optional<Programme> programme = programmes.byId(programmeId, scope);
        if (programme.isEmpty()) {
            return Optional.empty();
        }
        Problems problems = new Problems();
        Optional<Workbook> workbook = WorkbookFiles.open(content, problems);
        if (workbook.isEmpty()) {
            return Optional.of(WorkbookImport.refused(file, dryRun, programmeId, problems.errors(), problems.notices()));
        }
        try (Workbook opened = workbook.get()) {
            return Optional.of(run(programme.get(), file, opened, dryRun, scope, problems));
        }
    }

    private WorkbookImport run(Programme programme, String file, Workbook workbook, boolean dryRun, AccessScope scope,
            Problems problems) {
        WorkbookReader.Tables known = tables(programme.id(), scope);
        List<SheetTable> sheets = new WorkbookReader(known, scope, problems).read(workbook);
        WorkbookFigures figures = WorkbookFigures.of(sheets, problems);
        if (problems.any()) {
            return WorkbookImport.refused(file, dryRun, programme.id(), problems.errors(), problems.notices());
        }
        var findings = WorkbookFindings.of(sheets, known.visible(), figures, tables, checks, problems);
        if (!dryRun) {
            transaction.executeWithoutResult(status -> {
                figures.write(editor, programme.programmeYear());
                events.publishEvent(new WorkbookImported(programme.id(), programme.coordinatingUnitId(), file,
                        figures.counts()));
            });
        }
        List<SheetRead> read = sheets.stream().map(s -> new SheetRead(s.sheet(), s.code(),
                s.table().definition().shortTitle(), s.layout().byCodes(), s.rows().size())).toList();
        return new WorkbookImport(file, dryRun, programme.id(), read, figures.counts(), figures.changes(), findings,
                List.of(), problems.notices());
    }

    private WorkbookReader.Tables tables(long programmeId, AccessScope scope) {
        Map<String, ComputedTable> whole = byCode(tables.allComputed(programmeId, AccessScope.everything()));
        Map<String, ComputedTable> visible = byCode(tables.allComputed(programmeId, scope));
        List<Long> unitIds = whole.values().stream().flatMap(t -> t.definition().rows().stream())
                .map(AnnexRow::unitId).distinct().toList();
        Map<String, Map<String, String>> measures = new HashMap<>();
        whole.values().forEach(t -> measures.put(t.code(), measures(t)));
        return new WorkbookReader.Tables(whole, visible, List.copyOf(units.byIds(unitIds).values()), measures,
                limits.numberBound("baseline", "amount").min(limits.numberBound("target", "amount")));
    }

    private Map<String, String> measures(ComputedTable table) {
        List<Long> ids = table.columns().stream().map(c -> c.column().indicatorId())
                .filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, Indicator> byId = indicators.byIds(ids);
        Map<String, String> measures = new HashMap<>();
        for (ComputedColumn column : table.columns()) {
            Indicator indicator = column.column().indicatorId() == null ? null : byId.get(column.column().indicatorId());
            measures.put(column.code(), indicator == null ? "" : indicator.measure());
        }
        return measures;
    }

    private static Map<String, ComputedTable> byCode(List<ComputedTable> computed) {
        Map<String, ComputedTable> byCode = new LinkedHashMap<>();
        computed.forEach(t -> byCode.put(t.code(), t));
        return byCode;
    }
}
