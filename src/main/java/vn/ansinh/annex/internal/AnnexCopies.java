package vn.ansinh.annex.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.ansinh.annex.AnnexColumn;
import vn.ansinh.annex.AnnexTableDefinition;
import vn.ansinh.annex.HeaderCell;
import vn.ansinh.annex.LayoutChanges;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.YearText;

/**
 * Copies a programme's tables to another programme of a later year: layout, columns (with their
 * roll-forward rules), rows and checks, the year in titles and header labels made the new one.
 * Printed figures and notes stay behind: they are about a print the new programme does not have yet.
 */
@Component
public class AnnexCopies {

    private final AnnexTableStore store;
    private final AnnexTableReader reader;

    AnnexCopies(AnnexTableStore store, AnnexTableReader reader) {
        this.store = store;
        this.reader = reader;
    }

    /** @return the number of tables copied */
    public int copy(long fromProgramme, int fromYear, long toProgramme, int toYear) {
        return copy(fromProgramme, fromYear, toProgramme, toYear, LayoutChanges.NONE);
    }

    /**
     * As {@link #copy(long, int, long, int)}, with the rows, organisations and header labels the changes give.
     */
    public int copy(long fromProgramme, int fromYear, long toProgramme, int toYear, LayoutChanges changes) {
        List<String> codes = store.codes(fromProgramme);
        for (String code : codes) {
            AnnexTableDefinition table = reader.load(fromProgramme, code, AccessScope.everything()).orElseThrow()
                    .definition();
            store.save(new AnnexTableDefinition(toProgramme, table.code(), YearText.replace(table.title(), fromYear, toYear),
                    table.totalLabel(), header(table.header(), fromYear, toYear, changes), columns(table.columns(),
                    changes.organisations()), changes.rows().apply(table.rows()), Map.of(), table.checks(), List.of()));
        }
        return codes.size();
    }

    private static List<AnnexColumn> columns(List<AnnexColumn> columns, Map<Long, Long> organisations) {
        return columns.stream().map(c -> c.organisationId() == null || !organisations.containsKey(c.organisationId()) ? c
                : new AnnexColumn(c.code(), c.printedCode(), c.role(), c.indicatorId(),
                        organisations.get(c.organisationId()), c.formula(), c.rollsForwardFrom())).toList();
    }

    private static List<List<HeaderCell>> header(List<List<HeaderCell>> header, int fromYear, int toYear,
            LayoutChanges changes) {
        return header.stream().map(row -> row.stream()
                .map(c -> new HeaderCell(YearText.replace(changes.label(c.label()), fromYear, toYear), c.colSpan(),
                        c.rowSpan()))
                .toList()).toList();
    }
}
