package vn.ansinh.checks.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ansinh.programme.Programme;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.Indicator;
import vn.ansinh.targets.Indicators;
import vn.ansinh.targets.TargetFigure;
import vn.ansinh.targets.TargetValues;
import vn.ansinh.units.Units;

/** The coordinating unit's recorded figures of a programme: plans, targets and its number of member units. */
@Component
public class ProgrammeFacts {

    private final TargetValues values;
    private final Indicators indicators;
    private final Units units;

    ProgrammeFacts(TargetValues values, Indicators indicators, Units units) {
        this.values = values;
        this.indicators = indicators;
        this.units = units;
    }

    public CheckFacts of(Programme programme) {
        return new UnitFacts(programme.coordinatingUnitId(), programme.programmeYear());
    }

    /** The figures of the coordinating unit in the programme's year. */
    private final class UnitFacts implements CheckFacts {

        private final long unit;
        private final int year;

        private UnitFacts(long unit, int year) {
            this.unit = unit;
            this.year = year;
        }

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
    }
}
