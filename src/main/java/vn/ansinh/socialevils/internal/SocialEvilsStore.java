package vn.ansinh.socialevils.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.socialevils.SocialEvilsCounts;
import vn.ansinh.socialevils.SocialEvilsMonth;

/** Reads and writes the communes' months of social evils counts; a month is stored as its first day. */
@Component
public class SocialEvilsStore {

    private static final String COUNTS = "drug_users_managed, treated_at_home, treated_in_centre, drug_users_supported, "
            + "prostitution_managed, prostitution_supported, vagrants_gathered, vagrants_supported";
    private static final String SELECT = "select id, unit_id, period, version, changed_by, changed_at, " + COUNTS
            + " from social_evils_month m ";

    private final JdbcClient jdbc;

    SocialEvilsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The commune's months reported in the year, in order. */
    public List<SocialEvilsMonth> ofYear(long unitId, int year) {
        return jdbc.sql(SELECT + "where unit_id = :unit and period between :from and :to order by period")
                .param("unit", unitId).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 1))
                .query(SocialEvilsStore::month).list();
    }

    /** The month as saved, its row locked until the transaction ends: two saves of one version cannot both pass. */
    public Optional<SocialEvilsMonth> locked(long unitId, YearMonth month) {
        return jdbc.sql(SELECT + "where unit_id = :unit and period = :period for update").param("unit", unitId)
                .param("period", month.atDay(1)).query(SocialEvilsStore::month).optional();
    }

    /** Each unit's latest month up to the given one. */
    public List<SocialEvilsCounts> latestUpTo(Collection<Long> unitIds, YearMonth to) {
        return jdbc.sql(SELECT + "where unit_id in (:units) and period = (select max(l.period) from social_evils_month l "
                + "where l.unit_id = m.unit_id and l.period <= :to)").param("units", unitIds).param("to", to.atDay(1))
                .query((rs, n) -> counts(rs)).list();
    }

    /** Every count summed over the units and the months from to (only the flows mean anything summed so). */
    public SocialEvilsCounts summed(Collection<Long> unitIds, YearMonth from, YearMonth to) {
        return jdbc.sql("select " + COUNTS.replaceAll("(\\w+)", "coalesce(sum($1), 0)")
                + " from social_evils_month where unit_id in (:units) and period between :from and :to")
                .param("units", unitIds).param("from", from.atDay(1)).param("to", to.atDay(1))
                .query((rs, n) -> new SocialEvilsCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8))).single();
    }

    /** Adds the month at version 1; the one returned carries its id. */
    public SocialEvilsMonth insert(long unitId, YearMonth month, SocialEvilsCounts c, String user, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into social_evils_month (unit_id, period, version, changed_by, changed_at, " + COUNTS
                + ") values (:unit, :period, 1, :user, :at, :c1, :c2, :c3, :c4, :c5, :c6, :c7, :c8)")
                .param("unit", unitId).param("period", month.atDay(1)).param("user", user).param("at", utc(at))
                .params(counts(c)).update(key, "id");
        return new SocialEvilsMonth(key.getKey().longValue(), unitId, month, c, 1, user, at);
    }

    /** Writes the month's counts over the saved ones; its version goes up. */
    public SocialEvilsMonth update(SocialEvilsMonth saved, SocialEvilsCounts c, String user, Instant at) {
        jdbc.sql("update social_evils_month set drug_users_managed = :c1, treated_at_home = :c2, treated_in_centre = :c3, "
                + "drug_users_supported = :c4, prostitution_managed = :c5, prostitution_supported = :c6, "
                + "vagrants_gathered = :c7, vagrants_supported = :c8, version = version + 1, changed_by = :user, "
                + "changed_at = :at where id = :id").params(counts(c)).param("user", user).param("at", utc(at))
                .param("id", saved.id()).update();
        return new SocialEvilsMonth(saved.id(), saved.unitId(), saved.month(), c, saved.version() + 1, user, at);
    }

    private static java.util.Map<String, Object> counts(SocialEvilsCounts c) {
        return java.util.Map.of("c1", c.drugUsersManaged(), "c2", c.treatedAtHome(), "c3", c.treatedInCentre(),
                "c4", c.drugUsersSupported(), "c5", c.prostitutionManaged(), "c6", c.prostitutionSupported(),
                "c7", c.vagrantsGathered(), "c8", c.vagrantsSupported());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static SocialEvilsMonth month(ResultSet rs, int row) throws SQLException {
        OffsetDateTime at = rs.getObject("changed_at", OffsetDateTime.class);
        return new SocialEvilsMonth(rs.getLong("id"), rs.getLong("unit_id"),
                YearMonth.from(rs.getObject("period", LocalDate.class)), counts(rs), rs.getInt("version"),
                rs.getString("changed_by"), at == null ? null : at.toInstant());
    }

    private static SocialEvilsCounts counts(ResultSet rs) throws SQLException {
        return new SocialEvilsCounts(rs.getInt("drug_users_managed"), rs.getInt("treated_at_home"),
                rs.getInt("treated_in_centre"), rs.getInt("drug_users_supported"), rs.getInt("prostitution_managed"),
                rs.getInt("prostitution_supported"), rs.getInt("vagrants_gathered"), rs.getInt("vagrants_supported"));
    }
}
