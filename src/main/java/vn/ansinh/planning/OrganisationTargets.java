package vn.ansinh.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.ProgrammeNotFoundException;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.targets.FigureEditor;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.Indicator;
import vn.ansinh.targets.Indicators;
import vn.ansinh.targets.TargetValues;

/**
 * The associations' own targets of a programme (mobilised into vocational training, into labour export), held at the
 * coordinating unit: those a programme states in words come with no figure, which the coordinating office sets
 * here; each association then reports against them in its periodic report, as for Biểu 3.
 */
@Service
public class OrganisationTargets {

    /** An organisation's own targets by indicator id; an amount is null while no figure is set. */
    public record Row(PartnerOrganisation organisation, Map<Long, BigDecimal> amounts) {
    }

    /** The indicators asked of some organisation, and each organisation's row. */
    public record Grid(Programme programme, List<Indicator> indicators, List<Row> rows) {
    }

    private final Programmes programmes;
    private final TargetValues targets;
    private final Indicators indicators;
    private final Partners partners;
    private final FigureEditor editor;

    OrganisationTargets(Programmes programmes, TargetValues targets, Indicators indicators, Partners partners,
            FigureEditor editor) {
        this.programmes = programmes;
        this.targets = targets;
        this.indicators = indicators;
        this.partners = partners;
        this.editor = editor;
    }

    public Grid of(long programmeId, AccessScope scope) {
        Programme programme = programmes.byId(programmeId, scope).orElseThrow(() -> new ProgrammeNotFoundException(programmeId));
        long unit = programme.coordinatingUnitId();
        int year = programme.programmeYear();
        List<Long> organisations = targets.organisationsWithTargets(unit, year).stream()
                .filter(scope::canSeeOrganisation).toList();
        Map<FigureKey, BigDecimal> set = organisations.isEmpty() ? Map.of()
                : targets.targets(indicators.all().stream().map(Indicator::id).toList(), List.of(unit), organisations, year);
        TreeSet<Long> asked = new TreeSet<>();
        set.keySet().stream().filter(k -> k.organisationId() != null).forEach(k -> asked.add(k.indicatorId()));
        Map<Long, PartnerOrganisation> byId = partners.byIds(organisations);
        List<Row> rows = new ArrayList<>();
        for (long organisation : organisations) {
            Map<Long, BigDecimal> amounts = new java.util.LinkedHashMap<>();
            set.forEach((k, amount) -> {
                if (Long.valueOf(organisation).equals(k.organisationId())) {
                    amounts.put(k.indicatorId(), amount);
                }
            });
            rows.add(new Row(byId.get(organisation), amounts));
        }
        List<Indicator> columns = indicators.byIds(asked).values().stream()
                .sorted(Comparator.comparing(Indicator::id)).toList();
        return new Grid(programme, columns, rows);
    }

    /**
     * Sets the figures (null clears one back to «no figure set»); only targets the grid holds are changed.
     * @return how many figures changed
     */
    @Transactional
    public int set(long programmeId, Map<FigureKey, BigDecimal> amounts) {
        Grid grid = of(programmeId, AccessScope.everything());
        long unit = grid.programme().coordinatingUnitId();
        int changed = 0;
        for (Row row : grid.rows()) {
            for (Long indicator : row.amounts().keySet()) {
                FigureKey key = new FigureKey(indicator, unit, row.organisation().id());
                if (amounts.containsKey(key) && setKeepingTheTarget(key, grid.programme().programmeYear(), amounts.get(key))) {
                    changed++;
                }
            }
        }
        return changed;
    }

    /** A cleared figure stays a target with no figure, as the programme stated it, not a target removed. */
    private boolean setKeepingTheTarget(FigureKey key, int year, BigDecimal amount) {
        boolean changed = editor.setTarget(key, year, amount);
        if (amount == null && targets.target(key, year).isEmpty()) {
            targets.recordTarget(key, year, new vn.ansinh.targets.TargetFigure(null, null));
        }
        return changed;
    }
}
