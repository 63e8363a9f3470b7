package vn.ansinh.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.LongFunction;

import vn.ansinh.dashboard.internal.Achievements.Achieved;
import vn.ansinh.dashboard.internal.Standings;
import vn.ansinh.reporting.Reporters;
import vn.ansinh.targets.Indicator;

/** Plan against actual per commune, and the communes' standing from it. */
final class PlanTables {

    private PlanTables() {
    }

    static Dashboard.PlanTable of(List<Indicator> columns, List<Reporters.Reporter> communes,
            LongFunction<BigDecimal> totalTarget, BiFunction<Long, Long, BigDecimal> target, Achieved achieved) {
        List<Dashboard.PlanRow> rows = new ArrayList<>();
        for (Reporters.Reporter commune : communes) {
            List<Dashboard.Cell> cells = new ArrayList<>();
            for (Indicator indicator : columns) {
                BigDecimal done = achieved.unit(commune.id(), indicator.id());
                cells.add(cell(target.apply(indicator.id(), commune.id()), done == null ? BigDecimal.ZERO : done));
            }
            rows.add(new Dashboard.PlanRow(commune.id(), commune.name(), cells));
        }
        List<Dashboard.Cell> totals = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            int column = c;
            BigDecimal done = rows.stream().map(r -> r.cells().get(column).achieved()).reduce(BigDecimal.ZERO, BigDecimal::add);
            totals.add(cell(totalTarget.apply(columns.get(c).id()), done));
        }
        return new Dashboard.PlanTable(columns.stream().map(i -> new Dashboard.Column(i.code(), i.nameVi(), i.measure()))
                .toList(), rows, new Dashboard.PlanRow(null, null, totals));
    }

    static List<Dashboard.Ranked> communeStandings(Dashboard.PlanTable plan) {
        return Standings.rank(plan.rows().stream().map(r -> new Standings.Entry(r.unitId(), r.name(),
                r.cells().stream().map(Dashboard.Cell::percent).filter(p -> p != null).toList())).toList());
    }

    private static Dashboard.Cell cell(BigDecimal target, BigDecimal achieved) {
        return new Dashboard.Cell(target, achieved, Pace.percent(achieved, target));
    }
}
