package vn.ansinh.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.checks.internal.CheckFacts;
import vn.ansinh.checks.internal.FindingsCalculator;
import vn.ansinh.checks.internal.StatedFigureStore;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.Indicator;
import vn.ansinh.targets.Indicators;
import vn.ansinh.targets.TargetFigure;
import vn.ansinh.targets.TargetValues;
import vn.ansinh.units.Units;

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
    private final TargetValues values;
    private final Indicators indicators;
    private final Units units;

    FigureChecks(Programmes programmes, AnnexTables tables, StatedFigureStore statedFigures, TargetValues values,
            Indicators indicators, Units units) {
        this.programmes = programmes;
        this.tables = tables;
        this.statedFigures = statedFigures;
        this.values = values;
        this.indicators = indicators;
        this.units = units;
    }

    /** Empty when the programme does not exist or the scope cannot read it. */
    public Optional<List<Finding>> findings(long programmeId, AccessScope scope) {
        return programmes.byId(programmeId, scope).map(programme -> findings(programme, scope));
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
            findings.addAll(FindingsCalculator.statedFindings(statedFigures.load(programme.id()), computed, facts(programme)));
        }
        return findings;
    }

    private CheckFacts facts(Programme programme) {
        long unit = programme.coordinatingUnitId();
        int year = programme.programmeYear();
        return new CheckFacts() {
            @Override
            public Optional<BigDecimal> plan(long indicatorId) {
                return values.target(new FigureKey(indicatorId, unit, null), year).map(TargetFigure::planAmount);
            }

            @Override
            public Optional<BigDecimal> target(long indicatorId) {
                return values.target(new FigureKey(indicatorId, unit, null), year).map(TargetFigure::amount);
            }

            @Override
            public String indicatorName(long indicatorId) {
                Indicator indicator = indicators.byIds(List.of(indicatorId)).get(indicatorId);
                return indicator == null ? String.valueOf(indicatorId) : indicator.nameVi();
            }

            @Override
            public int memberUnits() {
                return units.members(unit, year).size();
            }
        };
    }
}
