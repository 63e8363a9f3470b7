package vn.ansinh.attainment.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.ansinh.attainment.CommuneAttainment;
import vn.ansinh.attainment.ComputedTargetKind;
import vn.ansinh.households.HouseholdRef;
import vn.ansinh.households.PovertyFacts;
import vn.ansinh.households.SupportCoverage;

/**
 * The targets over a year's poor and near-poor households: «100% hộ nghèo, hộ cận nghèo đều được giúp đỡ» (the
 * support log) and every member of them insured (the registry's members); a commune whose registry holds no poor or
 * near-poor household that year is not known.
 */
abstract class SupportRule implements CommuneRule {

    private final PovertyFacts facts;
    private final ComputedTargetKind kind;
    private final Function<SupportCoverage, List<HouseholdRef>> breaking;

    private SupportRule(PovertyFacts facts, ComputedTargetKind kind, Function<SupportCoverage, List<HouseholdRef>> breaking) {
        this.facts = facts;
        this.kind = kind;
        this.breaking = breaking;
    }

    /** Broken by each poor or near-poor household the support log has nothing for that year. */
    @Component
    static class Supported extends SupportRule {
        Supported(PovertyFacts facts) {
            super(facts, ComputedTargetKind.POOR_SUPPORTED, SupportCoverage::unsupported);
        }
    }

    /** Broken by each poor or near-poor household with a member without health insurance. */
    @Component
    static class Insured extends SupportRule {
        Insured(PovertyFacts facts) {
            super(facts, ComputedTargetKind.POOR_INSURED, SupportCoverage::uninsured);
        }
    }

    @Override
    public ComputedTargetKind kind() {
        return kind;
    }

    @Override
    public Map<Long, CommuneAttainment> assess(Collection<Long> communeIds, int year) {
        Map<Long, CommuneAttainment> result = new LinkedHashMap<>();
        facts.supportCoverage(communeIds, year).forEach((unit, coverage) -> result.put(unit, of(coverage)));
        return result;
    }

    private CommuneAttainment of(SupportCoverage coverage) {
        return coverage.poorOrNearPoor() == 0 ? CommuneAttainment.unknown(coverage.unitId())
                : CommuneAttainment.byHouseholds(coverage.unitId(), breaking.apply(coverage));
    }
}
