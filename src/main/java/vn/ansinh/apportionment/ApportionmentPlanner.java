package vn.ansinh.apportionment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.apportionment.internal.ChoiceFinder;
import vn.ansinh.apportionment.internal.CommuneParts;
import vn.ansinh.apportionment.internal.OrganisationParts;
import vn.ansinh.apportionment.internal.PlannedParts;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Fraction;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.FigureEditor;
import vn.ansinh.targets.FigureVersions;
import vn.ansinh.targets.TargetValues;

/**
 * The apportionment tool on a programme: previews of a split of a target column among the
 * communes, or of a commune's committed exits among the organisations, computed from the tables
 * as the user sees them — and, once confirmed, the shares written as the targets of the
 * programme's year. A preview writes nothing.
 */
@Service
@Transactional(readOnly = true)
public class ApportionmentPlanner {

    private final Programmes programmes;
    private final AnnexTables annexTables;
    private final TargetValues values;

    private final FigureEditor figures;
    private final FigureVersions versions;

    ApportionmentPlanner(Programmes programmes, AnnexTables annexTables, TargetValues values, FigureEditor figures,
            FigureVersions versions) {
        this.figures = figures;
        this.versions = versions;
        this.programmes = programmes;
        this.annexTables = annexTables;
        this.values = values;
    }

    /** Empty when the programme does not exist or the scope cannot read it. */
    public Optional<ProgrammeTables> tables(long programmeId, AccessScope scope) {
        return programmes.byId(programmeId, scope).map(programme -> new ProgrammeTables(programme,
                computed(programme, scope), programmes.ofYear(programme.coordinatingUnitId(),
                        programme.programmeYear() - 1, scope).map(p -> computed(p, scope)).orElse(Map.of())));
    }

    public Choices choices(ProgrammeTables tables, String organisationTable) {
        return ChoiceFinder.of(tables, organisationTable);
    }

    /** The split of a target column ("bieu-1:6") among the communes by a base column ("bieu-1:3") or "equal". */
    public Preview communes(ProgrammeTables tables, String target, String base, long whole) {
        PlannedParts parts = CommuneParts.of(tables, target, base);
        return preview(tables, CommuneParts.targetTable(tables, target).code(), parts, whole);
    }

    /** The split of a commune's committed exits among the organisations of a table; "equal", "totals" or "prev". */
    public Preview organisations(ProgrammeTables tables, String table, long commune, String base, long whole,
            AccessScope scope) {
        if (!scope.unrestricted() && scope.organisations() != null) {
            throw new ApportionmentException("apportionment.organisations.hidden");
        }
        return preview(tables, table, OrganisationParts.of(tables, table, commune, base), whole);
    }

    /** The target column's total as it stands: the whole the form offers. */
    public Optional<Fraction> currentTotal(ProgrammeTables tables, String target) {
        return CommuneParts.currentTotal(tables, target);
    }

    /** The commune's committed exits: the whole the form offers for splitting among organisations. */
    public Optional<Fraction> committed(ProgrammeTables tables, String table, long commune) {
        return OrganisationParts.committed(tables, table, commune);
    }

    /** The version of the figures a preview would write over: a confirmation names it. */
    public long version(Preview preview) {
        return versions.token(units(preview), preview.year());
    }

    /**
     * Writes every share as the target of its part for the programme's year, each change audited.
     * Nothing is written unless the scope may write every unit concerned and their figures are still at
     * the version the preview was shown at ({@link #version}).
     *
     * @return the number of targets that changed
     * @throws vn.ansinh.targets.FigureConflictException when someone saved figures of those units since
     */
    @Transactional
    public int confirm(Preview preview, Long read, AccessScope scope) {
        preview.keys().stream().filter(key -> !scope.canWrite(key.unitId())).findFirst().ifPresent(key -> {
            throw new AccessDeniedException("unit " + key.unitId());
        });
        if (read == null) {
            throw new ApportionmentException("figures.version.missing");
        }
        versions.requireToken(units(preview), preview.year(), read);
        int changed = 0;
        for (int i = 0; i < preview.keys().size(); i++) {
            FigureKey key = preview.keys().get(i);
            BigDecimal share = BigDecimal.valueOf(preview.split().parts().get(i).share());
            changed += figures.setTarget(key, preview.year(), share) ? 1 : 0;
        }
        return changed;
    }

    private static List<Long> units(Preview preview) {
        return preview.keys().stream().map(FigureKey::unitId).distinct().toList();
    }

    private static Preview preview(ProgrammeTables tables, String tableCode, PlannedParts parts, long whole) {
        Split split = Apportionment.split(whole, parts.bases());
        return new Preview(tables.programme().id(), tables.year(), tableCode, split, parts.keys());
    }

    private Map<String, ComputedTable> computed(Programme programme, AccessScope scope) {
        Map<String, ComputedTable> tables = new LinkedHashMap<>();
        List<ComputedTable> all = annexTables.allComputed(programme.id(), scope);
        all.forEach(table -> tables.put(table.code(), table));
        return tables;
    }
}
