package vn.ansinh.relief;

import java.util.List;

/**
 * An event as a user sees it: the communes of it they read, each with its affected households, the relief each was
 * given and the commune's totals; and the totals over those communes.
 */
public record EventReport(ReliefEvent event, List<Commune> communes) {

    public EventReport {
        communes = List.copyOf(communes);
    }

    /** One affected household with the relief it was given, oldest first. */
    public record Line(AffectedHousehold household, List<ReliefGiven> relief) {

        public Line {
            relief = List.copyOf(relief);
        }
    }

    public record Commune(long unitId, List<Line> lines) {

        public Commune {
            lines = List.copyOf(lines);
        }

        public ReliefTotals totals() {
            return ReliefTotals.of(1, lines.stream().map(Line::household).toList(),
                    lines.stream().flatMap(l -> l.relief().stream()).toList());
        }
    }

    public ReliefTotals totals() {
        List<Line> all = communes.stream().flatMap(c -> c.lines().stream()).toList();
        return ReliefTotals.of(1, all.stream().map(Line::household).toList(),
                all.stream().flatMap(l -> l.relief().stream()).toList());
    }
}
