package vn.ansinh.attainment.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.ansinh.attainment.CommuneAttainment;
import vn.ansinh.attainment.ComputedTargetKind;
import vn.ansinh.households.PovertyFacts;
import vn.ansinh.households.SupportCoverage;

/**
 * «100% hộ nghèo, hộ cận nghèo đều được giúp đỡ»: broken by each poor or near-poor household of the year the support
 * log has nothing for that year; a commune whose registry holds no poor or near-poor household that year is not known.
 */
@Component
class SupportRule implements CommuneRule {

    private final PovertyFacts facts;

    SupportRule(PovertyFacts facts) {
        this.facts = facts;
    }

    @Override
    public ComputedTargetKind kind() {
        return ComputedTargetKind.POOR_SUPPORTED;
    }

    @Override
    public Map<Long, CommuneAttainment> assess(Collection<Long> communeIds, int year) {
        Map<Long, CommuneAttainment> result = new LinkedHashMap<>();
        facts.supportCoverage(communeIds, year).forEach((unit, coverage) -> result.put(unit, of(coverage)));
        return result;
    }

    private static CommuneAttainment of(SupportCoverage coverage) {
        return coverage.poorOrNearPoor() == 0 ? CommuneAttainment.unknown(coverage.unitId())
                : CommuneAttainment.byHouseholds(coverage.unitId(), coverage.unsupported());
    }
}
