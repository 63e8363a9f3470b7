package vn.ansinh.annex.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.ansinh.annex.AnnexTableDefinition;
import vn.ansinh.annex.HeaderCell;
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
        List<String> codes = store.codes(fromProgramme);
        for (String code : codes) {
            AnnexTableDefinition table = reader.load(fromProgramme, code, AccessScope.everything()).orElseThrow()
                    .definition();
            store.save(new AnnexTableDefinition(toProgramme, table.code(), YearText.replace(table.title(), fromYear, toYear),
                    table.totalLabel(), header(table.header(), fromYear, toYear), table.columns(), table.rows(), Map.of(),
                    table.checks(), List.of()));
        }
        return codes.size();
    }

    private static List<List<HeaderCell>> header(List<List<HeaderCell>> header, int fromYear, int toYear) {
        return header.stream().map(row -> row.stream()
                .map(c -> new HeaderCell(YearText.replace(c.label(), fromYear, toYear), c.colSpan(), c.rowSpan()))
                .toList()).toList();
    }
}
