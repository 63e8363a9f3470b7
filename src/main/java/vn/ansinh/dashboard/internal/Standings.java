package vn.ansinh.dashboard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.ansinh.dashboard.Dashboard;

/**
 * The ranking for commendation: each reporter's mean share of its targets met, a target counting up to
 * 100 % (overshooting one does not make up for missing another); equal scores share a rank.
 */
public final class Standings {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Standings() {
    }

    /** percents: the reporter's percent achieved of each of its targets. */
    public record Entry(long id, String name, List<BigDecimal> percents) {
    }

    public static List<Dashboard.Ranked> rank(List<Entry> entries) {
        List<Dashboard.Ranked> scored = new ArrayList<>();
        for (Entry entry : entries) {
            if (!entry.percents().isEmpty()) {
                BigDecimal sum = entry.percents().stream().map(p -> p.min(HUNDRED)).reduce(BigDecimal.ZERO, BigDecimal::add);
                scored.add(new Dashboard.Ranked(0, entry.id(), entry.name(),
                        sum.divide(BigDecimal.valueOf(entry.percents().size()), 2, RoundingMode.HALF_UP),
                        entry.percents().size()));
            }
        }
        scored.sort(Comparator.comparing(Dashboard.Ranked::score).reversed());
        List<Dashboard.Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Dashboard.Ranked r = scored.get(i);
            int rank = i > 0 && scored.get(i - 1).score().compareTo(r.score()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Dashboard.Ranked(rank, r.id(), r.name(), r.score(), r.targets()));
        }
        return ranked;
    }
}
