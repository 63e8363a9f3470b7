package vn.ansinh.gratitude.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.gratitude.Contribution;
import vn.ansinh.gratitude.GiftOccasion;
import vn.ansinh.gratitude.GratitudeGift;
import vn.ansinh.gratitude.GratitudeHouse;
import vn.ansinh.gratitude.HouseKind;

/**
 * Reads and writes the entries of the communes' gratitude funds, each kind by units and days: a contribution's month
 * is stored as its first day, so a month counts in a period when its first day does.
 */
@Component
public class GratitudeStore {

    private final JdbcClient jdbc;

    GratitudeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Contribution> contributions(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return unitIds.isEmpty() ? List.of() : jdbc.sql("select id, unit_id, organisation_id, contributor, "
                + "contributed_month, amount from gratitude_contribution where unit_id in (:units) "
                + "and contributed_month between :from and :to order by contributed_month, id")
                .param("units", unitIds).param("from", from).param("to", to)
                .query((rs, n) -> new Contribution(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
                        rs.getString(4), YearMonth.from(rs.getObject(5, LocalDate.class)), rs.getBigDecimal(6)))
                .list();
    }

    public List<GratitudeHouse> houses(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return unitIds.isEmpty() ? List.of() : jdbc.sql("select id, unit_id, house_kind, head_name, village, household_id, "
                + "cost, fund_source, handed_over_on from gratitude_house where unit_id in (:units) "
                + "and handed_over_on between :from and :to order by handed_over_on, id")
                .param("units", unitIds).param("from", from).param("to", to)
                .query((rs, n) -> new GratitudeHouse(rs.getLong(1), rs.getLong(2), HouseKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getObject(6, Long.class), rs.getBigDecimal(7),
                        rs.getString(8), rs.getObject(9, LocalDate.class)))
                .list();
    }

    public List<GratitudeGift> gifts(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return unitIds.isEmpty() ? List.of() : jdbc.sql("select id, unit_id, occasion, given_on, recipients, amount, giver "
                + "from gratitude_gift where unit_id in (:units) and given_on between :from and :to order by given_on, id")
                .param("units", unitIds).param("from", from).param("to", to)
                .query((rs, n) -> new GratitudeGift(rs.getLong(1), rs.getLong(2), GiftOccasion.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getBigDecimal(6), rs.getString(7)))
                .list();
    }

    /** Adds the contribution; the one returned carries its new id. */
    public Contribution insert(Contribution c) {
        long id = insert(jdbc.sql("insert into gratitude_contribution (unit_id, organisation_id, contributor, "
                + "contributed_month, amount) values (:unit, :organisation, :contributor, :month, :amount)")
                .param("unit", c.unitId()).param("organisation", c.organisationId()).param("contributor", c.contributor())
                .param("month", c.month().atDay(1)).param("amount", c.amount()));
        return new Contribution(id, c.unitId(), c.organisationId(), c.contributor(), c.month(), c.amount());
    }

    public GratitudeHouse insert(GratitudeHouse h) {
        long id = insert(jdbc.sql("insert into gratitude_house (unit_id, house_kind, head_name, village, household_id, "
                + "cost, fund_source, handed_over_on) values (:unit, :kind, :head, :village, :household, :cost, :source, "
                + ":day)").param("unit", h.unitId()).param("kind", h.kind().name()).param("head", h.headName())
                .param("village", h.village()).param("household", h.householdId()).param("cost", h.cost())
                .param("source", h.source()).param("day", h.handedOverOn()));
        return new GratitudeHouse(id, h.unitId(), h.kind(), h.headName(), h.village(), h.householdId(), h.cost(),
                h.source(), h.handedOverOn());
    }

    public GratitudeGift insert(GratitudeGift g) {
        long id = insert(jdbc.sql("insert into gratitude_gift (unit_id, occasion, given_on, recipients, amount, giver) "
                + "values (:unit, :occasion, :day, :recipients, :amount, :giver)").param("unit", g.unitId())
                .param("occasion", g.occasion().name()).param("day", g.givenOn()).param("recipients", g.recipients())
                .param("amount", g.amount()).param("giver", g.giver()));
        return new GratitudeGift(id, g.unitId(), g.occasion(), g.givenOn(), g.recipients(), g.amount(), g.giver());
    }

    private static long insert(JdbcClient.StatementSpec statement) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        statement.update(key, "id");
        return key.getKey().longValue();
    }
}
