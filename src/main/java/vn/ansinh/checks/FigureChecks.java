package vn.ansinh.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.checks.internal.FindingsCalculator;
import vn.ansinh.checks.internal.ProgrammeFacts;
import vn.ansinh.checks.internal.StatedFigureStore;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;

/**
 * "Kiểm tra số liệu": every printed figure of a programme — in its tables, their notes and its
 * text — that disagrees with what ansinh computes from the input figures, as far as the user's
 * scope sees them. The tables' findings are about the rows and columns the user sees (total rows
 * only when they see every row); figures stated in the text are about the whole programme, so
 * they are checked only for a user who reads the coordinating unit and every member unit.
 */
@Service
@Transactional(readOnly = true)
public class FigureChecks {

    private final Programmes programmes;
    private final AnnexTables tables;
    private final StatedFigureStore statedFigures;
    private final ProgrammeFacts facts;

    FigureChecks(Programmes programmes, AnnexTables tables, StatedFigureStore statedFigures, ProgrammeFacts facts) {
        this.programmes = programmes;
        this.tables = tables;
        this.statedFigures = statedFigures;
        this.facts = facts;
    }

    /** Empty when the programme does not exist or the scope cannot read it. */
    public Optional<List<Finding>> findings(long programmeId, AccessScope scope) {
        return programmes.byId(programmeId, scope).map(programme -> findings(programme, scope));
    }

    /**
     * The findings of tables given whole — printed figures against rows, formulas and checks, and
     * each table against the others given — whatever they were computed from (a workbook, say).
     */
    public List<Finding> tableFindings(Map<String, ComputedTable> tables) {
        return FindingsCalculator.tableFindings(tables);
    }

    /** Records the figures a programme's text states, to be checked from then on. */
    @Transactional
    public void recordStatedFigures(long programmeId, List<StatedFigure> figures) {
        statedFigures.save(programmeId, figures);
    }

    private List<Finding> findings(Programme programme, AccessScope scope) {
        Map<String, ComputedTable> computed = new LinkedHashMap<>();
        tables.allComputed(programme.id(), scope).forEach(t -> computed.put(t.code(), t));
        List<Finding> findings = new ArrayList<>(FindingsCalculator.tableFindings(computed));
        if (programmes.readsWhole(programme, scope)) {
            findings.addAll(FindingsCalculator.statedFindings(statedFigures.load(programme.id()), computed, facts.of(programme)));
        }
        return findings;
    }
}
