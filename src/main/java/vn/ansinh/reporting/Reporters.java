package vn.ansinh.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.targets.TargetValues;

/**
 * Who reports for a programme: the communes of its tables' rows and the organisations of its tables'
 * columns, in the order the tables give them, then the organisations with targets of their own at the coordinating
 * unit — as the scope sees them.
 */
@Component
public class Reporters {

    /** A reporter and its name as the tables print it. */
    public record Reporter(ReporterKind kind, long id, String name) {
    }

    private final AnnexTables tables;
    private final Partners partners;
    private final Programmes programmes;
    private final TargetValues targets;

    Reporters(AnnexTables tables, Partners partners, Programmes programmes, TargetValues targets) {
        this.tables = tables;
        this.partners = partners;
        this.programmes = programmes;
        this.targets = targets;
    }

    public List<Reporter> of(long programmeId, AccessScope scope) {
        Map<Long, String> communes = new LinkedHashMap<>();
        List<Long> organisations = new ArrayList<>();
        for (ComputedTable table : tables.allComputed(programmeId, scope)) {
            table.rows().forEach(r -> communes.putIfAbsent(r.unitId(), r.label()));
            table.columns().stream().map(c -> c.column().organisationId()).filter(Objects::nonNull)
                    .filter(o -> !organisations.contains(o)).forEach(organisations::add);
        }
        ownTargets(programmeId, scope).stream().filter(o -> !organisations.contains(o)).forEach(organisations::add);
        List<Reporter> reporters = new ArrayList<>();
        communes.forEach((id, name) -> reporters.add(new Reporter(ReporterKind.UNIT, id, name)));
        Map<Long, PartnerOrganisation> byId = partners.byIds(organisations);
        organisations.forEach(id -> reporters.add(new Reporter(ReporterKind.ORGANISATION, id,
                byId.containsKey(id) ? byId.get(id).shortName() : String.valueOf(id))));
        return reporters;
    }

    /** The organisations with targets of their own at the coordinating unit (an association's, stated in words). */
    private List<Long> ownTargets(long programmeId, AccessScope scope) {
        return programmes.byId(programmeId, AccessScope.everything())
                .map(p -> targets.organisationsWithTargets(p.coordinatingUnitId(), p.programmeYear())).orElse(List.of())
                .stream().filter(scope::canSeeOrganisation).toList();
    }
}
