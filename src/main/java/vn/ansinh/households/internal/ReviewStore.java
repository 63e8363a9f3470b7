package vn.ansinh.households.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.households.ReviewOutcome;
import vn.ansinh.households.ReviewRecord;
import vn.ansinh.households.ReviewRound;

/** Review rounds and the outcomes recorded in them. */
@Component
public class ReviewStore {

    private static final String ROUND = "select id, unit_id, review_year, opened_on, closed_on, decision_ref from review_round ";
    private static final String OUTCOME = """
            select o.round_id, r.review_year, r.unit_id, o.household_id, o.outcome, o.outcome_date, o.decision_ref, o.note
            from review_outcome o join review_round r on r.id = o.round_id
            """;

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(ReviewRound round) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into review_round (unit_id, review_year, opened_on) values (:unit, :year, :opened)")
                .param("unit", round.unitId()).param("year", round.year()).param("opened", round.openedOn())
                .update(key, "id");
        return key.getKey().longValue();
    }

    public void close(ReviewRound round) {
        jdbc.sql("update review_round set closed_on = :closed, decision_ref = :decision where id = :id")
                .param("closed", round.closedOn()).param("decision", round.decisionRef()).param("id", round.id()).update();
    }

    public Optional<ReviewRound> round(long id) {
        return jdbc.sql(ROUND + "where id = :id").param("id", id).query((rs, n) -> round(rs)).optional();
    }

    public Optional<ReviewRound> round(long unitId, int year) {
        return jdbc.sql(ROUND + "where unit_id = :unit and review_year = :year").param("unit", unitId)
                .param("year", year).query((rs, n) -> round(rs)).optional();
    }

    public List<ReviewRound> rounds(List<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : jdbc.sql(ROUND + "where unit_id in (:units) order by review_year, unit_id")
                .param("units", unitIds).query((rs, n) -> round(rs)).list();
    }

    public Optional<ReviewRecord> outcome(long roundId, long householdId) {
        return jdbc.sql(OUTCOME + "where o.round_id = :round and o.household_id = :household").param("round", roundId)
                .param("household", householdId).query((rs, n) -> record(rs)).optional();
    }

    public List<ReviewRecord> outcomesOf(long householdId) {
        return jdbc.sql(OUTCOME + "where o.household_id = :household order by r.review_year")
                .param("household", householdId).query((rs, n) -> record(rs)).list();
    }

    public List<ReviewRecord> outcomesIn(long roundId) {
        return jdbc.sql(OUTCOME + "where o.round_id = :round order by o.household_id").param("round", roundId)
                .query((rs, n) -> record(rs)).list();
    }

    /** The household's outcomes in the commune's rounds that are still open. */
    public List<ReviewRecord> openOutcomesOf(long householdId, long unitId) {
        return jdbc.sql(OUTCOME + "where o.household_id = :household and r.unit_id = :unit and r.closed_on is null")
                .param("household", householdId).param("unit", unitId).query((rs, n) -> record(rs)).list();
    }

    public void deleteOutcome(long roundId, long householdId) {
        jdbc.sql("delete from review_outcome where round_id = :round and household_id = :household")
                .param("round", roundId).param("household", householdId).update();
    }

    public void save(ReviewRecord record, boolean exists) {
        String sql = exists
                ? "update review_outcome set outcome = :outcome, outcome_date = :date, decision_ref = :decision, "
                        + "note = :note where round_id = :round and household_id = :household"
                : "insert into review_outcome (round_id, household_id, outcome, outcome_date, decision_ref, note) "
                        + "values (:round, :household, :outcome, :date, :decision, :note)";
        jdbc.sql(sql).param("round", record.roundId()).param("household", record.householdId())
                .param("outcome", record.outcome().name()).param("date", record.date())
                .param("decision", record.decisionRef()).param("note", record.note()).update();
    }

    private static ReviewRound round(ResultSet rs) throws SQLException {
        return new ReviewRound(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), rs.getString(6));
    }

    private static ReviewRecord record(ResultSet rs) throws SQLException {
        return new ReviewRecord(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4),
                ReviewOutcome.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8));
    }
}
