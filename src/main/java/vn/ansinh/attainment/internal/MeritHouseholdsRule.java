package vn.ansinh.attainment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ansinh.allowances.Grants;
import vn.ansinh.attainment.CommuneAttainment;
import vn.ansinh.attainment.ComputedTargetKind;
import vn.ansinh.households.HouseholdRef;
import vn.ansinh.households.PovertyFacts;

/**
 * «Không có hộ nghèo thuộc chính sách người có công»: the households of the commune where a person with merit lives
 * (the allowance register's merit grants in force at the year's end, or today in the current year, linked to the
 * household registry), and of them those classified poor that year break it. A commune whose register links no such
 * household is not known: nothing says its people with merit are not poor.
 */
@Component
class MeritHouseholdsRule implements CommuneRule {

    private final Grants grants;
    private final PovertyFacts facts;
    private final Clock clock;

    MeritHouseholdsRule(Grants grants, PovertyFacts facts, Clock clock) {
        this.grants = grants;
        this.facts = facts;
        this.clock = clock;
    }

    @Override
    public ComputedTargetKind kind() {
        return ComputedTargetKind.NO_POOR_MERIT_HOUSEHOLD;
    }

    @Override
    public Map<Long, CommuneAttainment> assess(Collection<Long> communeIds, int year) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock);
        Map<Long, Set<Long>> merit = grants.meritHouseholds(communeIds, today.isBefore(yearEnd) ? today : yearEnd);
        Set<Long> all = new HashSet<>();
        merit.values().forEach(all::addAll);
        Map<Long, HouseholdRef> poor = facts.poorAmong(all, year);
        Map<Long, CommuneAttainment> result = new LinkedHashMap<>();
        for (Long unit : communeIds) {
            Set<Long> households = merit.getOrDefault(unit, Set.of());
            List<HouseholdRef> breaking = households.stream().map(poor::get).filter(java.util.Objects::nonNull).toList();
            result.put(unit, households.isEmpty() ? CommuneAttainment.unknown(unit)
                    : CommuneAttainment.byHouseholds(unit, breaking));
        }
        return result;
    }
}
