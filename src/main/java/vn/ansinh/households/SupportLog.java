package vn.ansinh.households;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.households.internal.HouseholdStore;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.FieldProblems;

/** The support log of a household: what it received, from whom, when; each entry audited. */
@Service
@Transactional(readOnly = true)
public class SupportLog {

    private final JdbcClient jdbc;
    private final HouseholdStore households;
    private final ApplicationEventPublisher events;

    SupportLog(JdbcClient jdbc, HouseholdStore households, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.households = households;
        this.events = events;
    }

    @Transactional
    public Support record(Support support, AccessScope scope) {
        Household household = households.byId(support.householdId()).filter(h -> scope.canWrite(h.unitId()))
                .orElseThrow(() -> new HouseholdNotFoundException(support.householdId()));
        FieldProblems problems = new FieldProblems().required("kind", support.kind()).required("date", support.date());
        if (support.quantity() != null && support.quantity().signum() < 0) {
            problems.add("quantity", "household.support.negative");
        }
        if (support.value() != null && support.value().signum() < 0) {
            problems.add("value", "household.support.negative");
        }
        if (!problems.isEmpty()) {
            throw new InvalidHouseholdException(problems);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into household_support (household_id, kind, quantity, quantity_unit, value_vnd, support_date,
                organisation_id, note) values (:household, :kind, :quantity, :unit, :value, :date, :organisation, :note)""")
                .param("household", support.householdId()).param("kind", support.kind().name())
                .param("quantity", support.quantity()).param("unit", support.quantityUnit())
                .param("value", support.value()).param("date", support.date())
                .param("organisation", support.organisationId()).param("note", support.note()).update(key, "id");
        Support saved = new Support(key.getKey().longValue(), support.householdId(), support.kind(), support.quantity(),
                support.quantityUnit(), support.value(), support.date(), support.organisationId(), support.note());
        events.publishEvent(new SupportRecorded(AuditAction.CREATE, household.unitId(), saved));
        return saved;
    }

    /** The household's support, oldest first; empty for a household the scope cannot read. */
    public List<Support> of(long householdId, AccessScope scope) {
        if (households.byId(householdId).filter(h -> scope.canRead(h.unitId())).isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, household_id, kind, quantity, quantity_unit, value_vnd, support_date, organisation_id, note
                from household_support where household_id = :id order by support_date, id""").param("id", householdId)
                .query((rs, n) -> new Support(rs.getLong(1), rs.getLong(2), SupportKind.valueOf(rs.getString(3)),
                        rs.getBigDecimal(4), rs.getString(5), rs.getBigDecimal(6),
                        rs.getObject(7, java.time.LocalDate.class), (Long) rs.getObject(8, Long.class), rs.getString(9)))
                .list();
    }
}
