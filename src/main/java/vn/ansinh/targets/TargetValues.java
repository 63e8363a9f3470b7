package vn.ansinh.targets;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.shared.VietnameseNumbers;

/**
 * Baselines and targets: the figures people enter. Totals and rates are never stored here;
 * whoever shows them computes them from these.
 */
@Service
@Transactional(readOnly = true)
public class TargetValues {

    /** More units than this are matched in Java, not in the query's IN list. */
    private static final int MANY_UNITS = 500;

    private final JdbcClient jdbc;

    TargetValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<BigDecimal> baseline(FigureKey key, int year) {
        return jdbc.sql("""
                select amount from baseline where indicator_id = :indicator and unit_id = :unit
                and baseline_year = :year
                """ + " and " + organisationMatch(key))
                .params(params(key, year)).query(BigDecimal.class).optional().map(VietnameseNumbers::normalize);
    }

    public Optional<TargetFigure> target(FigureKey key, int year) {
        return jdbc.sql("""
                select amount, plan_amount from target where indicator_id = :indicator and unit_id = :unit
                and target_year = :year
                """ + " and " + organisationMatch(key))
                .params(params(key, year))
                .query((rs, n) -> new TargetFigure(VietnameseNumbers.normalize(rs.getBigDecimal("amount")),
                        VietnameseNumbers.normalize(rs.getBigDecimal("plan_amount"))))
                .optional();
    }

    /**
     * Baselines of the given indicators and units in a year, by key: the units' own figures and
     * those of the given organisations, none of any other organisation.
     */
    public Map<FigureKey, BigDecimal> baselines(Collection<Long> indicatorIds, Collection<Long> unitIds,
            Collection<Long> organisationIds, int year) {
        return figures("baseline", "baseline_year", new Selection(indicatorIds, unitIds, organisationIds), year);
    }

    /** Committed target amounts, selected as {@link #baselines} are. */
    public Map<FigureKey, BigDecimal> targets(Collection<Long> indicatorIds, Collection<Long> unitIds,
            Collection<Long> organisationIds, int year) {
        return figures("target", "target_year", new Selection(indicatorIds, unitIds, organisationIds), year);
    }

    /**
     * The organisations with a target of their own at the unit in the year, figure set or not (an association's
     * targets the programme states in words): in the order they were first given one.
     */
    public List<Long> organisationsWithTargets(long unitId, int year) {
        return jdbc.sql("""
                select organisation_id from target where target_year = :year and unit_id = :unit
                and organisation_id is not null group by organisation_id order by min(id)""")
                .param("year", year).param("unit", unitId).query(Long.class).list();
    }

    /** Whether any of the units has a target of the year: a programme without one says how to set them. */
    public boolean anyTarget(Collection<Long> unitIds, int year) {
        return !unitIds.isEmpty() && jdbc.sql("""
                select count(*) from target where target_year = :year and unit_id in (:units) and amount is not null
                """).param("year", year).param("units", unitIds).query(Long.class).single() > 0;
    }

    /** Records a baseline; an existing one must agree. Returns false when it disagrees. */
    @Transactional
    public boolean recordBaseline(FigureKey key, int year, BigDecimal amount) {
        Optional<BigDecimal> existing = baseline(key, year);
        if (existing.isPresent()) {
            return existing.get().compareTo(amount) == 0;
        }
        jdbc.sql("""
                insert into baseline (indicator_id, unit_id, organisation_id, baseline_year, amount)
                values (:indicator, :unit, :organisation, :year, :amount)""")
                .params(params(key, year)).param("amount", amount).update();
        return true;
    }

    /** Records a target; an existing one must agree. Returns false when it disagrees. */
    @Transactional
    public boolean recordTarget(FigureKey key, int year, TargetFigure figure) {
        Optional<TargetFigure> existing = target(key, year);
        if (existing.isPresent()) {
            return same(existing.get().amount(), figure.amount()) && same(existing.get().planAmount(), figure.planAmount());
        }
        jdbc.sql("""
                insert into target (indicator_id, unit_id, organisation_id, target_year, amount, plan_amount)
                values (:indicator, :unit, :organisation, :year, :amount, :plan)""")
                .params(params(key, year)).param("amount", figure.amount()).param("plan", figure.planAmount())
                .update();
        return true;
    }

    /**
     * Only the selected figures are returned: what the caller may not show never leaves this store. Many units
     * (a national table's 10.000 communes) are matched here rather than in an IN list of the query, which H2
     * compares one by one for every row read.
     */
    private Map<FigureKey, BigDecimal> figures(String table, String yearColumn, Selection selection, int year) {
        Map<FigureKey, BigDecimal> result = new HashMap<>();
        if (selection.indicatorIds().isEmpty() || selection.unitIds().isEmpty()) {
            return result;
        }
        Set<Long> units = Set.copyOf(selection.unitIds());
        select(table, yearColumn, selection, year).query(rs -> {
            if (!units.contains(rs.getLong("unit_id"))) {
                return;
            }
            long organisation = rs.getLong("organisation_id");
            Long organisationId = rs.wasNull() ? null : organisation;
            result.put(new FigureKey(rs.getLong("indicator_id"), rs.getLong("unit_id"), organisationId),
                    VietnameseNumbers.normalize(rs.getBigDecimal("amount")));
        });
        return result;
    }

    private JdbcClient.StatementSpec select(String table, String yearColumn, Selection selection, int year) {
        boolean organisations = !selection.organisationIds().isEmpty();
        boolean fewUnits = selection.unitIds().size() <= MANY_UNITS;
        JdbcClient.StatementSpec statement = jdbc.sql("select indicator_id, unit_id, organisation_id, amount from "
                + table + " where " + yearColumn + " = :year and indicator_id in (:indicators)"
                + (fewUnits ? " and unit_id in (:units)" : "")
                + " and (organisation_id is null" + (organisations ? " or organisation_id in (:organisations))" : ")"))
                .param("year", year).param("indicators", List.copyOf(selection.indicatorIds()));
        if (fewUnits) {
            statement = statement.param("units", List.copyOf(selection.unitIds()));
        }
        return organisations ? statement.param("organisations", List.copyOf(selection.organisationIds())) : statement;
    }

    private static String organisationMatch(FigureKey key) {
        return key.organisationId() == null ? "organisation_id is null" : "organisation_id = :organisation";
    }

    private static Map<String, Object> params(FigureKey key, int year) {
        Map<String, Object> params = new HashMap<>();
        params.put("indicator", key.indicatorId());
        params.put("unit", key.unitId());
        params.put("organisation", key.organisationId());
        params.put("year", year);
        return params;
    }

    private record Selection(Collection<Long> indicatorIds, Collection<Long> unitIds, Collection<Long> organisationIds) {
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
