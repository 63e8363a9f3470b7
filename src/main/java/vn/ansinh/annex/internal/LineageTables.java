package vn.ansinh.annex.internal;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.ansinh.annex.AnnexColumn;
import vn.ansinh.annex.AnnexRow;
import vn.ansinh.annex.AnnexTableDefinition;
import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.SplitKey;
import vn.ansinh.annex.TableAsOf;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Fraction;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitLineage;
import vn.ansinh.units.UnitNames;

/**
 * A table of an earlier year regrouped under the units in force on a day: each row's input counts go, through every
 * succession up to that day, to the unit that holds its unit then; the counts are summed there and every formula
 * computed again from the sums (a rate of sums, never an average of rates). A divided unit's counts are shared out by
 * the key asked for, or, without one, left out of the parts it went to, which are marked not comparable.
 */
@Component
public class LineageTables {

    private static final int SHARE_SCALE = 6;

    private final AnnexComputation computation;
    private final UnitLineage lineage;
    private final SplitShares shares;
    private final UnitNames names;

    LineageTables(AnnexComputation computation, UnitLineage lineage, SplitShares shares, UnitNames names) {
        this.computation = computation;
        this.lineage = lineage;
        this.shares = shares;
        this.names = names;
    }

    /** A unit of the day with what it holds of the table's rows. */
    private static final class Group {
        final AdministrativeUnit unit;
        final Map<String, Fraction> sums = new LinkedHashMap<>();
        final List<TableAsOf.Predecessor> predecessors = new ArrayList<>();
        boolean notComparable;

        Group(AdministrativeUnit unit) {
            this.unit = unit;
        }
    }

    public Optional<TableAsOf> asOf(long programmeId, String code, AccessScope scope, LocalDate day, SplitKey key) {
        return computation.computed(programmeId, code, scope).map(table -> regroup(table, day, key));
    }

    public TableAsOf regroup(ComputedTable table, LocalDate day, SplitKey key) {
        List<ComputedRow> sources = table.rows().stream().filter(r -> r.unitId() != null).toList();
        Map<Long, List<UnitLineage.Route>> routes = lineage.routes(sources.stream().map(ComputedRow::unitId).toList(), day);
        Map<UnitLineage.Division, Fraction> shareOf = key == null ? Map.of() : shares.shares(table.definition(), key,
                table.year(), Math.max(day.getYear(), table.year()), divisions(routes));
        Map<Long, Group> groups = new LinkedHashMap<>();
        for (ComputedRow row : sources) {
            for (UnitLineage.Route route : routes.getOrDefault(row.unitId(), List.of())) {
                Group group = groups.computeIfAbsent(route.destination().id(), id -> new Group(route.destination()));
                add(group, row, route, weight(route, shareOf, key), table);
            }
        }
        return result(table, day, key, sorted(groups.values()));
    }

    private static Set<UnitLineage.Division> divisions(Map<Long, List<UnitLineage.Route>> routes) {
        Set<UnitLineage.Division> divisions = new LinkedHashSet<>();
        routes.values().forEach(list -> list.forEach(r -> divisions.addAll(r.divisions())));
        return divisions;
    }

    /** The part of the row this route carries: all of it, its key's share, or nothing known (null). */
    private static Fraction weight(UnitLineage.Route route, Map<UnitLineage.Division, Fraction> shareOf, SplitKey key) {
        if (!route.divided()) {
            return Fraction.of(1);
        }
        if (key == null) {
            return null;
        }
        return route.divisions().stream().map(shareOf::get).reduce(Fraction.of(1), Fraction::times);
    }

    private static void add(Group group, ComputedRow row, UnitLineage.Route route, Fraction weight, ComputedTable table) {
        group.notComparable |= weight == null || route.ended();
        group.predecessors.add(new TableAsOf.Predecessor(row.unitId(), row.label(),
                weight == null ? null : weight.round(4).stripTrailingZeros()));
        if (weight == null) {
            return;
        }
        for (var column : table.columns()) {
            Fraction value = column.column().role().isInput() ? row.value(column.code()) : null;
            if (value != null) {
                group.sums.merge(column.code(), value.times(weight), Fraction::plus);
            }
        }
    }

    private List<Group> sorted(java.util.Collection<Group> groups) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        Map<Long, String> labels = new HashMap<>();
        groups.forEach(g -> labels.put(g.unit.id(), label(g)));
        return groups.stream().sorted(Comparator.comparing(g -> labels.get(g.unit.id()), collator)).toList();
    }

    /** A unit that holds only itself keeps the label printed; any other is named as a unit of the day. */
    private String label(Group group) {
        if (group.predecessors.size() == 1 && group.predecessors.get(0).unitId() == group.unit.id()) {
            return group.predecessors.get(0).label();
        }
        return names.title(group.unit);
    }

    private TableAsOf result(ComputedTable table, LocalDate day, SplitKey key, List<Group> groups) {
        AnnexTableDefinition d = table.definition();
        List<AnnexRow> rows = new ArrayList<>();
        Map<ColumnRole, Map<FigureKey, BigDecimal>> inputs = Map.of(ColumnRole.BASELINE, new HashMap<>(),
                ColumnRole.TARGET, new HashMap<>());
        Map<Long, List<TableAsOf.Predecessor>> predecessors = new LinkedHashMap<>();
        Set<Long> notComparable = new LinkedHashSet<>();
        for (Group group : groups) {
            rows.add(new AnnexRow(group.unit.id(), String.valueOf(rows.size() + 1), label(group)));
            predecessors.put(group.unit.id(), List.copyOf(group.predecessors));
            if (group.notComparable) {
                notComparable.add(group.unit.id());
            }
            putInputs(d, group, inputs);
        }
        AnnexTableDefinition regrouped = new AnnexTableDefinition(d.programmeId(), d.code(), d.title(), d.totalLabel(),
                d.header(), d.columns(), rows, Map.of(), d.checks(), List.of());
        Function<AnnexColumn, Map<FigureKey, BigDecimal>> byColumn = c -> inputs.get(c.role());
        ComputedTable computed = TableCalculator.compute(regrouped, table.year(), table.complete(), byColumn);
        return new TableAsOf(computed, day, key, predecessors, notComparable);
    }

    private static void putInputs(AnnexTableDefinition d, Group group, Map<ColumnRole, Map<FigureKey, BigDecimal>> inputs) {
        for (AnnexColumn column : d.columns()) {
            Fraction sum = group.sums.get(column.code());
            if (column.role().isInput() && sum != null) {
                inputs.get(column.role()).put(new FigureKey(column.indicatorId(), group.unit.id(), column.organisationId()),
                        sum.round(SHARE_SCALE).stripTrailingZeros());
            }
        }
    }
}
