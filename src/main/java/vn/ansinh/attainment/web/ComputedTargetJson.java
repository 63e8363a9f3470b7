package vn.ansinh.attainment.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import vn.ansinh.attainment.CommuneAttainment;
import vn.ansinh.attainment.ComputedTarget;
import vn.ansinh.attainment.ComputedTargetKind;
import vn.ansinh.attainment.CriterionRef;
import vn.ansinh.households.HouseholdRef;
import vn.ansinh.units.AdministrativeUnit;

/**
 * A computed target as the API gives it: kind, the indicator it fills, the figure set, how many communes meet it,
 * and each commune with the households or criteria that break it.
 */
record ComputedTargetJson(ComputedTargetKind kind, String indicator, BigDecimal target, long meeting, int communes,
        List<Commune> byCommune) {

    record Commune(long unitId, String unitCode, String unitName, boolean known, boolean meets,
            List<Household> households, List<CriterionRef> criteriaNotMet) {
    }

    record Household(long id, String code, String village, String headName, String classification) {

        static Household of(HouseholdRef h) {
            return new Household(h.id(), h.code(), h.village(), h.headName(), h.classification().name());
        }
    }

    static ComputedTargetJson of(ComputedTarget target, Map<Long, AdministrativeUnit> units) {
        return new ComputedTargetJson(target.kind(), target.indicatorCode(), target.target(), target.meeting(),
                target.communes().size(), target.communes().stream().map(c -> commune(c, units.get(c.unitId()))).toList());
    }

    private static Commune commune(CommuneAttainment c, AdministrativeUnit unit) {
        return new Commune(c.unitId(), unit.code(), unit.name(), c.known(), c.meets(),
                c.households().stream().map(Household::of).toList(), c.criteria());
    }
}
