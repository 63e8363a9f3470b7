package vn.ansinh.commitments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.commitments.CommitmentProgress;
import vn.ansinh.commitments.CommitmentStatus;

/** Reads and writes the parties' progress on their commitments, one row per commitment and period. */
@Component
public class ProgressStore {

    private static final String COLUMNS = "p.commitment_id, p.period_code, p.period_ends_on, p.status, p.evidence, "
            + "p.recorded_by, p.recorded_at";

    private final JdbcClient jdbc;

    ProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CommitmentProgress> of(long commitmentId, String periodCode) {
        return jdbc.sql("select " + COLUMNS + " from commitment_progress p where p.commitment_id = :commitment "
                + "and p.period_code = :period").param("commitment", commitmentId).param("period", periodCode)
                .query((rs, n) -> progress(rs)).optional();
    }

    /** The progress of the programme's commitments in the period, by commitment. */
    public Map<Long, CommitmentProgress> ofPeriod(long programmeId, String periodCode) {
        return byCommitment(jdbc.sql("select " + COLUMNS + " from commitment_progress p join commitment c on "
                + "c.id = p.commitment_id where c.programme_id = :programme and p.period_code = :period")
                .param("programme", programmeId).param("period", periodCode).query((rs, n) -> progress(rs)).list());
    }

    /**
     * Each commitment's latest progress of a period ending on or before the day: of periods ending the same day
     * (December, the fourth quarter, the year), the one recorded last.
     */
    public Map<Long, CommitmentProgress> latest(long programmeId, LocalDate upTo) {
        return byCommitment(jdbc.sql("select " + COLUMNS + " from commitment_progress p join commitment c on "
                + "c.id = p.commitment_id where c.programme_id = :programme and p.period_ends_on <= :upTo "
                + "order by p.period_ends_on, p.recorded_at, p.id").param("programme", programmeId)
                .param("upTo", upTo).query((rs, n) -> progress(rs)).list());
    }

    public void insert(CommitmentProgress p) {
        jdbc.sql("insert into commitment_progress (commitment_id, period_code, period_ends_on, status, evidence, "
                + "recorded_by, recorded_at) values (:commitment, :period, :ends, :status, :evidence, :by, :at)")
                .param("commitment", p.commitmentId()).param("period", p.periodCode()).param("ends", p.periodEndsOn())
                .param("status", p.status().name()).param("evidence", p.evidence()).param("by", p.recordedBy())
                .param("at", Timestamp.from(p.recordedAt())).update();
    }

    public void update(CommitmentProgress p) {
        jdbc.sql("update commitment_progress set status = :status, evidence = :evidence, recorded_by = :by, "
                + "recorded_at = :at where commitment_id = :commitment and period_code = :period")
                .param("status", p.status().name()).param("evidence", p.evidence()).param("by", p.recordedBy())
                .param("at", Timestamp.from(p.recordedAt())).param("commitment", p.commitmentId())
                .param("period", p.periodCode()).update();
    }

    /** Later rows win: the list comes oldest first. */
    private static Map<Long, CommitmentProgress> byCommitment(List<CommitmentProgress> rows) {
        Map<Long, CommitmentProgress> by = new LinkedHashMap<>();
        rows.forEach(p -> by.put(p.commitmentId(), p));
        return by;
    }

    private static CommitmentProgress progress(ResultSet rs) throws SQLException {
        return new CommitmentProgress(rs.getLong("commitment_id"), rs.getString("period_code"),
                rs.getObject("period_ends_on", LocalDate.class), CommitmentStatus.valueOf(rs.getString("status")),
                rs.getString("evidence"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
