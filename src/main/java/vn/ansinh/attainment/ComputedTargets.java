package vn.ansinh.attainment;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ansinh.attainment.internal.CommuneRule;
import vn.ansinh.attainment.internal.ProgrammeCommunes;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;

/**
 * The targets of a programme the registers decide, per commune it covers that the scope reads; and whether one
 * commune meets the target an indicator stands for, for a report to be filled with it.
 */
@Component
public class ComputedTargets {

    private final Programmes programmes;
    private final ProgrammeCommunes communes;
    private final List<CommuneRule> rules;
    private final AttainmentProperties properties;

    ComputedTargets(Programmes programmes, ProgrammeCommunes communes, List<CommuneRule> rules,
            AttainmentProperties properties) {
        this.programmes = programmes;
        this.communes = communes;
        this.rules = rules;
        this.properties = properties;
    }

    /** Every kind, in the order of the kinds; empty when the scope does not read the programme. */
    public Optional<List<ComputedTarget>> of(long programmeId, AccessScope scope) {
        return programmes.byId(programmeId, scope).map(programme -> {
            List<Long> ids = communes.of(programme).stream().filter(scope::canRead).toList();
            return java.util.Arrays.stream(ComputedTargetKind.values()).map(kind -> target(programme, kind, ids)).toList();
        });
    }

    /** Every kind for one commune in the year (no figure set: a commune's own report shows whether it meets each). */
    public List<ComputedTarget> ofCommune(long communeId, int year) {
        return java.util.Arrays.stream(ComputedTargetKind.values()).map(kind -> new ComputedTarget(kind,
                properties.indicatorOf(kind), null, List.of(assess(kind, List.of(communeId), year).get(communeId))))
                .toList();
    }

    /** The kind's attainment of each commune in the year. */
    public Map<Long, CommuneAttainment> assess(ComputedTargetKind kind, Collection<Long> communeIds, int year) {
        return rule(kind).assess(communeIds, year);
    }

    /**
     * Whether the commune counts in the «k of n» target the indicator stands for (its code): empty when no computed
     * target fills it or the registers do not know.
     */
    public Optional<Boolean> meets(String indicatorCode, long communeId, int year) {
        ComputedTargetKind kind = properties.indicators().get(indicatorCode);
        if (kind == null) {
            return Optional.empty();
        }
        CommuneAttainment attainment = assess(kind, List.of(communeId), year).get(communeId);
        return attainment == null || !attainment.known() ? Optional.empty() : Optional.of(attainment.meets());
    }

    private ComputedTarget target(Programme programme, ComputedTargetKind kind, List<Long> ids) {
        String indicator = properties.indicatorOf(kind);
        BigDecimal set = indicator == null ? null : communes.target(programme, indicator).orElse(null);
        Map<Long, CommuneAttainment> byUnit = assess(kind, ids, programme.programmeYear());
        return new ComputedTarget(kind, indicator, set, ids.stream().map(byUnit::get).toList());
    }

    private CommuneRule rule(ComputedTargetKind kind) {
        return rules.stream().filter(r -> r.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("No rule decides " + kind));
    }
}
