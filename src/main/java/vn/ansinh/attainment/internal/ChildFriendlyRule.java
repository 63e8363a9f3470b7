package vn.ansinh.attainment.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.ansinh.attainment.CommuneAttainment;
import vn.ansinh.attainment.ComputedTargetKind;
import vn.ansinh.attainment.CriterionRef;
import vn.ansinh.children.ChildFriendlyCommunes;
import vn.ansinh.children.ChildFriendlyResult;

/**
 * «Xã, phường phù hợp với trẻ em»: the commune's assessment of the year against the criteria in force at its end; the
 * criteria assessed not met (or not yet assessed) break it; a commune not assessed at all is not known.
 */
@Component
class ChildFriendlyRule implements CommuneRule {

    private final ChildFriendlyCommunes communes;

    ChildFriendlyRule(ChildFriendlyCommunes communes) {
        this.communes = communes;
    }

    @Override
    public ComputedTargetKind kind() {
        return ComputedTargetKind.CHILD_FRIENDLY;
    }

    @Override
    public Map<Long, CommuneAttainment> assess(Collection<Long> communeIds, int year) {
        Map<Long, ChildFriendlyResult> results = communes.results(communeIds, year);
        Map<Long, CommuneAttainment> attainment = new LinkedHashMap<>();
        for (Long unit : communeIds) {
            ChildFriendlyResult result = results.get(unit);
            attainment.put(unit, result == null || !result.assessed() ? CommuneAttainment.unknown(unit)
                    : new CommuneAttainment(unit, true, result.meets(), List.of(), result.notMet().stream()
                            .map(c -> new CriterionRef(c.code(), c.nameVi(), c.nameEn())).toList()));
        }
        return attainment;
    }
}
