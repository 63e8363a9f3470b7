package vn.ansinh.relief.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.relief.AffectedHousehold;
import vn.ansinh.relief.DamageKind;
import vn.ansinh.relief.DisasterKind;
import vn.ansinh.relief.ReliefEvent;
import vn.ansinh.relief.ReliefGiven;
import vn.ansinh.shared.VietnameseNumbers;

/** Reads and writes events, the communes they hit, the households affected and the relief given. */
@Component
public class ReliefStore {

    private static final String HOUSEHOLD = "select id, event_id, unit_id, head_name, village, household_id, damage, "
            + "people, estimated_value from relief_household ";
    private static final String GIVEN = "select g.id, g.affected_id, g.giver, g.given_on, g.rice_kg, g.money, g.goods "
            + "from relief_given g join relief_household h on h.id = g.affected_id ";

    private final JdbcClient jdbc;

    ReliefStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReliefEvent> event(long id) {
        return events("where e.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The events that hit any of the units and struck within [from, to], oldest first. */
    public List<ReliefEvent> events(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return events("where e.id in (select event_id from relief_event_unit where unit_id in (:units)) "
                + "and e.struck_on between :from and :to", Map.of("units", unitIds, "from", from, "to", to));
    }

    private List<ReliefEvent> events(String where, Map<String, ?> params) {
        Map<Long, ReliefEvent> found = new LinkedHashMap<>();
        jdbc.sql("select e.id, e.kind, e.name, e.struck_on, u.unit_id from relief_event e join relief_event_unit u "
                + "on u.event_id = e.id " + where + " order by e.struck_on, e.id, u.unit_id").params(params)
                .query(rs -> {
                    long id = rs.getLong(1);
                    ReliefEvent seen = found.get(id);
                    List<Long> units = new java.util.ArrayList<>(seen == null ? List.of() : seen.unitIds());
                    units.add(rs.getLong(5));
                    found.put(id, new ReliefEvent(id, DisasterKind.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getObject(4, LocalDate.class), units));
                });
        return List.copyOf(found.values());
    }

    /** The households the events hit in the units, in the order entered. */
    public List<AffectedHousehold> households(Collection<Long> eventIds, Collection<Long> unitIds) {
        if (eventIds.isEmpty() || unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(HOUSEHOLD + "where event_id in (:events) and unit_id in (:units) order by id")
                .param("events", eventIds).param("units", unitIds).query(ReliefStore::household).list();
    }

    public Optional<AffectedHousehold> household(long id) {
        return jdbc.sql(HOUSEHOLD + "where id = :id").param("id", id).query(ReliefStore::household).optional();
    }

    /** The relief given to the households the events hit in the units, oldest first. */
    public List<ReliefGiven> given(Collection<Long> eventIds, Collection<Long> unitIds) {
        if (eventIds.isEmpty() || unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(GIVEN + "where h.event_id in (:events) and h.unit_id in (:units) order by g.given_on, g.id")
                .param("events", eventIds).param("units", unitIds).query(ReliefStore::given).list();
    }

    public ReliefEvent insert(ReliefEvent e) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into relief_event (kind, name, struck_on) values (:kind, :name, :struck)")
                .param("kind", e.kind().name()).param("name", e.name()).param("struck", e.struckOn()).update(key, "id");
        long id = key.getKey().longValue();
        e.unitIds().forEach(unit -> jdbc.sql("insert into relief_event_unit (event_id, unit_id) values (:event, :unit)")
                .param("event", id).param("unit", unit).update());
        return new ReliefEvent(id, e.kind(), e.name(), e.struckOn(), e.unitIds());
    }

    public AffectedHousehold insert(AffectedHousehold h) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into relief_household (event_id, unit_id, head_name, village, household_id, damage, people, "
                + "estimated_value) values (:event, :unit, :head, :village, :household, :damage, :people, :value)")
                .param("event", h.eventId()).param("unit", h.unitId()).param("head", h.headName())
                .param("village", h.village()).param("household", h.householdId()).param("damage", h.damage().name())
                .param("people", h.people()).param("value", h.estimatedValue()).update(key, "id");
        return new AffectedHousehold(key.getKey().longValue(), h.eventId(), h.unitId(), h.headName(), h.village(),
                h.householdId(), h.damage(), h.people(), h.estimatedValue());
    }

    public ReliefGiven insert(ReliefGiven g) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into relief_given (affected_id, giver, given_on, rice_kg, money, goods) values (:affected, "
                + ":giver, :on, :rice, :money, :goods)").param("affected", g.affectedId()).param("giver", g.giver())
                .param("on", g.givenOn()).param("rice", g.riceKg()).param("money", g.money()).param("goods", g.goods())
                .update(key, "id");
        return new ReliefGiven(key.getKey().longValue(), g.affectedId(), g.giver(), g.givenOn(), g.riceKg(), g.money(),
                g.goods());
    }

    private static AffectedHousehold household(ResultSet rs, int n) throws SQLException {
        return new AffectedHousehold(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, Long.class), DamageKind.valueOf(rs.getString(7)), rs.getObject(8, Integer.class),
                VietnameseNumbers.normalize(rs.getBigDecimal(9)));
    }

    private static ReliefGiven given(ResultSet rs, int n) throws SQLException {
        return new ReliefGiven(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                VietnameseNumbers.normalize(rs.getBigDecimal(5)), VietnameseNumbers.normalize(rs.getBigDecimal(6)),
                rs.getString(7));
    }
}
