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
import vn.ansinh.shared.AccessScope;

/**
 * Who reports for a programme: the communes of its tables' rows and the organisations of its tables'
 * columns, in the order the tables give them — as the scope sees them.
 */
@Component
public class Reporters {

    /** A reporter and its name as the tables print it. */
    public record Reporter(ReporterKind kind, long id, String name) {
    }

    private final AnnexTables tables;
    private final Partners partners;

    Reporters(AnnexTables tables, Partners partners) {
        this.tables = tables;
        this.partners = partners;
    }

    public List<Reporter> of(long programmeId, AccessScope scope) {
        Map<Long, String> communes = new LinkedHashMap<>();
        List<Long> organisations = new ArrayList<>();
        for (ComputedTable table : tables.allComputed(programmeId, scope)) {
            table.rows().forEach(r -> communes.putIfAbsent(r.unitId(), r.label()));
            table.columns().stream().map(c -> c.column().organisationId()).filter(Objects::nonNull)
                    .filter(o -> !organisations.contains(o)).forEach(organisations::add);
        }
        List<Reporter> reporters = new ArrayList<>();
        communes.forEach((id, name) -> reporters.add(new Reporter(ReporterKind.UNIT, id, name)));
        Map<Long, PartnerOrganisation> byId = partners.byIds(organisations);
        organisations.forEach(id -> reporters.add(new Reporter(ReporterKind.ORGANISATION, id,
                byId.containsKey(id) ? byId.get(id).shortName() : String.valueOf(id))));
        return reporters;
    }
}
