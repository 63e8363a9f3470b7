package vn.ansinh.gratitude;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.gratitude.internal.GratitudeStore;
import vn.ansinh.shared.AccessScope;

/**
 * What the communes' gratitude funds hold and come to. totals and houses answer for the units given, whoever asks:
 * the caller has decided they may be read; year answers only within the user's scope.
 */
@Service
@Transactional(readOnly = true)
public class GratitudeFund {

    private final GratitudeStore store;

    GratitudeFund(GratitudeStore store) {
        this.store = store;
    }

    /**
     * In those units, the houses handed over, the contributions of the months and the gifts given within [from, to],
     * both days included; a month counts when its first day lies within.
     */
    public GratitudeTotals totals(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return GratitudeTotals.of(store.contributions(unitIds, from, to), store.houses(unitIds, from, to),
                store.gifts(unitIds, from, to));
    }

    /** The houses handed over within [from, to] in those units, by the day handed over. */
    public List<GratitudeHouse> houses(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return store.houses(unitIds, from, to);
    }

    /** A commune's fund in a year with its totals; empty when the scope does not read the commune. */
    public Optional<GratitudeYear> year(long unitId, int year, AccessScope scope) {
        if (!scope.canRead(unitId)) {
            return Optional.empty();
        }
        Set<Long> unit = Set.of(unitId);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return Optional.of(new GratitudeYear(unitId, year, store.contributions(unit, from, to),
                store.houses(unit, from, to), store.gifts(unit, from, to)));
    }
}
