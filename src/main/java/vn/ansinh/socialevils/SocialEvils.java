package vn.ansinh.socialevils;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.SavedVersion;
import vn.ansinh.shared.StaleSaveException;
import vn.ansinh.socialevils.internal.SocialEvilsRules;
import vn.ansinh.socialevils.internal.SocialEvilsStore;
import vn.ansinh.units.CommuneNames;
import vn.ansinh.units.Units;

/**
 * The communes' monthly counts of drug users, prostitution and vagrancy: a commune's year as reported, the figures
 * of units over a period, and a month entered or corrected by whoever writes the commune.
 */
@Service
@Transactional(readOnly = true)
public class SocialEvils {

    private final SocialEvilsStore store;
    private final Units units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SocialEvils(SocialEvilsStore store, Units units, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    /** The commune's months reported in the year; none outside the user's scope. */
    public SocialEvilsYear year(long unitId, int year, AccessScope scope) {
        return new SocialEvilsYear(unitId, year, scope.canRead(unitId) ? store.ofYear(unitId, year) : List.of());
    }

    /**
     * The units' figures over the months from to: the stocks of each unit's latest month up to to (reported before
     * from too), summed over the units; the flows summed over the units and the months. The caller decides whose
     * units these are to see.
     */
    public SocialEvilsFigures figures(Collection<Long> unitIds, YearMonth from, YearMonth to) {
        if (unitIds.isEmpty()) {
            return new SocialEvilsFigures(0, 0, 0, 0, 0);
        }
        SocialEvilsCounts stocks = store.latestUpTo(unitIds, to).stream().reduce(SocialEvilsCounts.NONE,
                SocialEvilsCounts::plus);
        SocialEvilsCounts flows = from.isAfter(to) ? SocialEvilsCounts.NONE : store.summed(unitIds, from, to);
        return new SocialEvilsFigures(stocks.drugUsersManaged(), stocks.inTreatment(), flows.drugUsersSupported(),
                stocks.prostitutionManaged(), flows.vagrantsSupported());
    }

    /**
     * Enters a commune's month, or corrects it as read at the draft's version (0: not reported yet), audited. Refused
     * by field with nothing written; refused as a save over a newer one ({@link StaleSaveException}) naming who saved
     * it and when.
     */
    @Transactional
    public SocialEvilsMonth save(SocialEvilsDraft draft, String user, AccessScope scope) {
        SocialEvilsRules rules = new SocialEvilsRules();
        SocialEvilsRules.Checked checked = rules.check(draft, unit -> scope.canWrite(unit) && units.byId(unit)
                .filter(u -> CommuneNames.KINDS.contains(u.kind())).isPresent())
                .orElseThrow(() -> new InvalidSocialEvilsException(rules.problems()));
        SocialEvilsMonth before = store.locked(checked.unitId(), checked.month()).orElse(null);
        if ((before == null ? 0 : before.version()) != draft.version()) {
            throw new StaleSaveException("socialEvils.conflict", before == null
                    ? new SavedVersion(0, null, null) : before.saved());
        }
        if (before != null && before.counts().equals(checked.counts())) {
            return before; // nothing changed: no new version, nothing to audit
        }
        SocialEvilsMonth after = before == null
                ? store.insert(checked.unitId(), checked.month(), checked.counts(), user, clock.instant())
                : store.update(before, checked.counts(), user, clock.instant());
        events.publishEvent(new SocialEvilsChanged(before, after));
        return after;
    }
}
