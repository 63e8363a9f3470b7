package vn.ansinh.checks;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.checks.internal.CheckFacts;
import vn.ansinh.checks.internal.CurrentFigures;
import vn.ansinh.checks.internal.FigureText;
import vn.ansinh.checks.internal.ProgrammeFacts;
import vn.ansinh.checks.internal.StatedFigureStore;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;

/**
 * The figures a programme's text states, filled in from the data: where the print says
 * "1.297/1200", the text says what the tables and the plan give now, "1.296/1.200" — every figure
 * in the Vietnamese format of the tables (thousands grouped, decimal comma), the plan included.
 * A figure the user's scope cannot compute is left as printed: a cell of a row or column the
 * tables do not show them, a total when they do not see every row, and the coordinating unit's
 * plans and unit counts when they do not read the coordinating unit.
 */
@Service
@Transactional(readOnly = true)
public class StatedFigures {

    private final Programmes programmes;
    private final AnnexTables tables;
    private final StatedFigureStore store;
    private final ProgrammeFacts facts;

    StatedFigures(Programmes programmes, AnnexTables tables, StatedFigureStore store, ProgrammeFacts facts) {
        this.programmes = programmes;
        this.tables = tables;
        this.store = store;
        this.facts = facts;
    }

    /** Empty when the programme does not exist or the scope cannot read it. */
    public Optional<FilledText> filledText(long programmeId, AccessScope scope) {
        return programmes.byId(programmeId, scope)
                .map(programme -> filledText(programme, tables.allComputed(programme.id(), scope), scope));
    }

    /**
     * The text filled in from tables already computed for the same scope, so that a document
     * printing both says the same figures in its text and in its tables.
     */
    public FilledText filledText(Programme programme, List<ComputedTable> computed, AccessScope scope) {
        Map<String, ComputedTable> byCode = computed.stream()
                .collect(Collectors.toMap(ComputedTable::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Optional<CheckFacts> known = scope.canRead(programme.coordinatingUnitId())
                ? Optional.of(facts.of(programme)) : Optional.empty();
        Map<String, String> items = new HashMap<>();
        Map<String, Map<String, String>> notes = new HashMap<>();
        paragraphs(store.load(programme.id())).forEach((paragraph, figures) -> {
            String filled = FigureText.fill(paragraph.text(), figures.stream()
                    .map(f -> new FigureText.Replacement(f.printed(),
                            CurrentFigures.of(f, byCode, known).orElse(f.printed())))
                    .toList());
            (paragraph.table() == null ? items : notes.computeIfAbsent(paragraph.table(), t -> new HashMap<>()))
                    .put(paragraph.text(), filled);
        });
        return new FilledText(items, notes);
    }

    /** A paragraph of the text (table null) or a note of a table. */
    private record Paragraph(String table, String text) {
    }

    private static Map<Paragraph, List<StatedFigure>> paragraphs(List<StatedFigure> figures) {
        return figures.stream().collect(Collectors.groupingBy(f -> new Paragraph(f.sourceTable(), f.excerpt()),
                LinkedHashMap::new, Collectors.toList()));
    }
}
