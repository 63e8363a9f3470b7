package vn.ansinh.households;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.households.internal.HouseholdStatusStore;
import vn.ansinh.households.internal.RegistryCountStore;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.targets.Indicator;
import vn.ansinh.targets.Indicators;

/**
 * Balances a commune's sponsored households against its organisations' commitments in the programme's
 * table of sponsored households (Biểu 3: the table whose organisation columns the registry counts as
 * sponsored), and proposes sponsors for the households without one.
 */
@Service
@Transactional(readOnly = true)
public class SponsorshipBalances {

    private final AnnexTables tables;
    private final Indicators indicators;
    private final HouseholdsProperties properties;
    private final HouseholdStatusStore households;
    private final Sponsorships sponsorships;
    private final RegistryCountStore counts;
    private final Partners partners;

    SponsorshipBalances(AnnexTables tables, Indicators indicators, HouseholdsProperties properties,
            HouseholdStatusStore households, Sponsorships sponsorships, RegistryCountStore counts, Partners partners) {
        this.tables = tables;
        this.indicators = indicators;
        this.properties = properties;
        this.households = households;
        this.sponsorships = sponsorships;
        this.counts = counts;
        this.partners = partners;
    }

    /** Empty when the programme has no such table, or the commune is not one of its rows the scope reads. */
    public Optional<SponsorshipBalance> balance(long programmeId, long unitId, AccessScope scope) {
        return sponsoredTable(programmeId, scope).flatMap(table -> table.rowOfUnit(unitId).map(row -> balance(table, row)));
    }

    /** The commune rows of the programme's sponsorship table the scope reads, to choose from. */
    public List<ComputedRow> communes(long programmeId, AccessScope scope) {
        return sponsoredTable(programmeId, scope).map(ComputedTable::rows).orElse(List.of());
    }

    private SponsorshipBalance balance(ComputedTable table, ComputedRow row) {
        Map<Long, ComputedColumn> columns = organisationColumns(table);
        Map<Long, Long> assigned = counts.sponsored(List.of(row.unitId()), table.year()).getOrDefault(row.unitId(), Map.of());
        List<Household> canExit = households.canExit(row.unitId(), table.year());
        Map<Long, Long> sponsors = sponsorships.sponsorsOf(canExit.stream().map(Household::id).toList(), table.year());
        Map<Long, Long> shortfall = new LinkedHashMap<>();
        columns.forEach((org, column) -> shortfall.put(org, committed(row, column) - assigned.getOrDefault(org, 0L)));
        List<SponsorshipBalance.HouseholdLine> lines = new ArrayList<>();
        Map<Long, Long> proposed = new LinkedHashMap<>();
        for (Household household : canExit) {
            Long sponsor = sponsors.get(household.id());
            Long proposal = sponsor != null ? null : mostShort(shortfall);
            if (proposal != null) {
                shortfall.merge(proposal, -1L, Long::sum);
                proposed.merge(proposal, 1L, Long::sum);
            }
            lines.add(new SponsorshipBalance.HouseholdLine(household, sponsor, proposal));
        }
        Map<Long, PartnerOrganisation> names = partners.byIds(columns.keySet());
        List<SponsorshipBalance.OrganisationLine> organisations = new ArrayList<>();
        columns.forEach((org, column) -> organisations.add(new SponsorshipBalance.OrganisationLine(org,
                column.column().displayCode(), names.containsKey(org) ? names.get(org).shortName() : column.label(),
                row.value(column.code()) == null ? null : committed(row, column), assigned.getOrDefault(org, 0L),
                proposed.getOrDefault(org, 0L))));
        return new SponsorshipBalance(row.unitId(), row.label(), table.year(), organisations, lines);
    }

    private static long committed(ComputedRow row, ComputedColumn column) {
        return row.value(column.code()) == null ? 0 : row.value(column.code()).round(0).longValueExact();
    }

    /** The organisation lacking most (the first of equals, in the table's order); none when none lacks any. */
    private static Long mostShort(Map<Long, Long> shortfall) {
        return shortfall.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Comparator.comparingLong(Map.Entry::getValue)).map(Map.Entry::getKey)
                .orElse(null);
    }

    private Optional<ComputedTable> sponsoredTable(long programmeId, AccessScope scope) {
        return tables.allComputed(programmeId, scope).stream().filter(t -> !organisationColumns(t).isEmpty()).findFirst();
    }

    /** The table's input columns of an organisation whose indicator the registry counts as sponsored. */
    private Map<Long, ComputedColumn> organisationColumns(ComputedTable table) {
        Map<Long, Indicator> byId = indicators.byIds(table.columns().stream().map(c -> c.column().indicatorId())
                .filter(java.util.Objects::nonNull).toList());
        Map<Long, ComputedColumn> columns = new LinkedHashMap<>();
        for (ComputedColumn column : table.columns()) {
            Long org = column.column().organisationId();
            Indicator indicator = column.column().indicatorId() == null ? null : byId.get(column.column().indicatorId());
            if (org != null && column.column().role().isInput() && indicator != null
                    && properties.registryFigures().get(indicator.code()) == RegistryMeasure.SPONSORED) {
                columns.put(org, column);
            }
        }
        return columns;
    }
}
