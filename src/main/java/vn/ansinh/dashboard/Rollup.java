package vn.ansinh.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import vn.ansinh.targets.Indicator;

/**
 * A province's view of its communes' programmes of a year: per indicator each commune's target (the total of
 * its tables' target columns) and achievement (what its labour records count, where they count that indicator,
 * else what its latest approved reports give), and the province total of both, added up from the same figures.
 */
public record Rollup(long unitId, int year, List<Indicator> indicators, List<Part> communes, Part total) {

    /** A commune (unitId null on the total), its programme (null: none that year) and its figures by indicator id. */
    public record Part(Long unitId, String name, Long programmeId, Map<Long, Figure> figures) {

        public Figure figure(long indicatorId) {
            return figures.getOrDefault(indicatorId, Figure.NONE);
        }
    }

    /** target null: none set; achieved null: nothing counts or reports it. */
    public record Figure(BigDecimal target, BigDecimal achieved) {

        static final Figure NONE = new Figure(null, null);

        Figure plus(Figure other) {
            return new Figure(add(target, other.target), add(achieved, other.achieved));
        }

        private static BigDecimal add(BigDecimal a, BigDecimal b) {
            return a == null ? b : b == null ? a : a.add(b);
        }
    }
}
