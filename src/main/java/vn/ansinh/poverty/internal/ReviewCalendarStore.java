package vn.ansinh.poverty.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.poverty.GovernmentLevel;
import vn.ansinh.poverty.ReviewCalendar;

/** Reads and writes the periods of the review calendar. */
@Component
public class ReviewCalendarStore {

    private final JdbcClient jdbc;

    ReviewCalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest first. */
    public List<ReviewCalendar> all() {
        return jdbc.sql("""
                select id, valid_from, valid_to, review_start_month, review_start_day, review_end_month, review_end_day,
                       report_day, report_first_month, report_last_month, approving_level, consolidating_level, legal_basis
                from review_calendar order by valid_from, id""")
                .query((rs, n) -> new ReviewCalendar(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), MonthDay.of(rs.getInt(4), rs.getInt(5)),
                        MonthDay.of(rs.getInt(6), rs.getInt(7)), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                        GovernmentLevel.valueOf(rs.getString(11)), GovernmentLevel.valueOf(rs.getString(12)),
                        rs.getString(13)))
                .list();
    }

    /** Adds the period; the one returned carries its new id. */
    public ReviewCalendar insert(ReviewCalendar c) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into review_calendar (valid_from, valid_to, review_start_month, review_start_day, review_end_month,
                    review_end_day, report_day, report_first_month, report_last_month, approving_level,
                    consolidating_level, legal_basis)
                values (:from, :to, :startMonth, :startDay, :endMonth, :endDay, :reportDay, :firstMonth, :lastMonth,
                    :approving, :consolidating, :basis)""")
                .param("from", c.validFrom()).param("to", c.validTo())
                .param("startMonth", c.reviewStart().getMonthValue()).param("startDay", c.reviewStart().getDayOfMonth())
                .param("endMonth", c.reviewEnd().getMonthValue()).param("endDay", c.reviewEnd().getDayOfMonth())
                .param("reportDay", c.reportDay()).param("firstMonth", c.reportFirstMonth())
                .param("lastMonth", c.reportLastMonth()).param("approving", c.approvingLevel().name())
                .param("consolidating", c.consolidatingLevel().name()).param("basis", c.legalBasis())
                .update(key, "id");
        return new ReviewCalendar(key.getKey().longValue(), c.validFrom(), c.validTo(), c.reviewStart(), c.reviewEnd(),
                c.reportDay(), c.reportFirstMonth(), c.reportLastMonth(), c.approvingLevel(), c.consolidatingLevel(),
                c.legalBasis());
    }

    public void end(long id, LocalDate validTo) {
        jdbc.sql("update review_calendar set valid_to = :to where id = :id").param("to", validTo).param("id", id).update();
    }
}
