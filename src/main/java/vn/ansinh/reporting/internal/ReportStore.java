package vn.ansinh.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.reporting.PeriodKind;
import vn.ansinh.reporting.Report;
import vn.ansinh.reporting.ReportFigure;
import vn.ansinh.reporting.ReportState;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.ReportingPeriod;

/**
 * Reporting periods and reports. A report is saved only over the version it was read at: the update
 * names that version, so of two saves from the same version the second changes nothing and is told so.
 */
@Component
public class ReportStore {

    private static final String REPORT = "select id, period_id, reporter_kind, reporter_id, state, version, difficulties, "
            + "proposals, return_comment, reopen_reason, submitted_at, changed_by, changed_at from report ";

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReportingPeriod> periods(long programmeId) {
        return jdbc.sql("select id, programme_id, kind, period_year, number, starts_on, ends_on, due_on from reporting_period "
                + "where programme_id = :programme order by ends_on, starts_on desc").param("programme", programmeId)
                .query((rs, n) -> new ReportingPeriod(rs.getLong(1), rs.getLong(2), PeriodKind.valueOf(rs.getString(3)),
                        rs.getInt(4), rs.getInt(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class)))
                .list();
    }

    public void insertPeriod(ReportingPeriod p) {
        jdbc.sql("insert into reporting_period (programme_id, kind, period_year, number, starts_on, ends_on, due_on) "
                + "values (:programme, :kind, :year, :number, :starts, :ends, :due)").param("programme", p.programmeId())
                .param("kind", p.kind().name()).param("year", p.year()).param("number", p.number())
                .param("starts", p.startsOn()).param("ends", p.endsOn()).param("due", p.dueOn()).update();
    }

    public Optional<ReportingPeriod> period(long id) {
        return jdbc.sql("select programme_id from reporting_period where id = :id").param("id", id).query(Long.class)
                .optional().flatMap(programme -> periods(programme).stream().filter(p -> p.id() == id).findFirst());
    }

    public long insert(Report report) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into report (period_id, reporter_kind, reporter_id, state, version, changed_by, changed_at) "
                + "values (:period, :kind, :reporter, :state, :version, :by, :at)").param("period", report.periodId())
                .param("kind", report.reporterKind().name()).param("reporter", report.reporterId())
                .param("state", report.state().name()).param("version", report.version()).param("by", report.changedBy())
                .param("at", Timestamp.from(report.changedAt())).update(key, "id");
        long id = key.getKey().longValue();
        figures(id, report.figures());
        return id;
    }

    /** Writes the report over the version it was made from; false when that is not the version stored any more. */
    public boolean save(Report report, int readVersion) {
        int updated = jdbc.sql("""
                update report set state = :state, version = :version, difficulties = :difficulties, proposals = :proposals,
                return_comment = :comment, reopen_reason = :reason, submitted_at = :submitted, changed_by = :by,
                changed_at = :at where id = :id and version = :read""")
                .param("state", report.state().name()).param("version", report.version())
                .param("difficulties", report.difficulties()).param("proposals", report.proposals())
                .param("comment", report.returnComment()).param("reason", report.reopenReason())
                .param("submitted", report.submittedAt() == null ? null : Timestamp.from(report.submittedAt()))
                .param("by", report.changedBy()).param("at", Timestamp.from(report.changedAt()))
                .param("id", report.id()).param("read", readVersion).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from report_figure where report_id = :id").param("id", report.id()).update();
        figures(report.id(), report.figures());
        return true;
    }

    public Optional<Report> byId(long id) {
        return jdbc.sql(REPORT + "where id = :id").param("id", id).query((rs, n) -> report(rs)).optional()
                .map(this::withFigures);
    }

    public Optional<Report> of(long periodId, ReporterKind kind, long reporterId) {
        return jdbc.sql(REPORT + "where period_id = :period and reporter_kind = :kind and reporter_id = :reporter")
                .param("period", periodId).param("kind", kind.name()).param("reporter", reporterId)
                .query((rs, n) -> report(rs)).optional().map(this::withFigures);
    }

    public List<Report> ofPeriod(long periodId) {
        List<Report> reports = jdbc.sql(REPORT + "where period_id = :period order by reporter_kind, reporter_id")
                .param("period", periodId).query((rs, n) -> report(rs)).list();
        Map<Long, List<ReportFigure>> figures = new HashMap<>();
        jdbc.sql("select f.report_id, f.indicator_id, f.amount, f.prefilled from report_figure f join report r "
                + "on r.id = f.report_id where r.period_id = :period order by f.indicator_id").param("period", periodId)
                .query((rs, n) -> figures.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new ReportFigure(rs.getLong(2), rs.getBigDecimal(3), rs.getBoolean(4))))
                .list();
        return reports.stream().map(r -> withFigures(r, figures.getOrDefault(r.id(), List.of()))).toList();
    }

    private Report withFigures(Report r) {
        List<ReportFigure> figures = jdbc.sql("select indicator_id, amount, prefilled from report_figure where report_id = :id "
                + "order by indicator_id").param("id", r.id())
                .query((rs, n) -> new ReportFigure(rs.getLong(1), rs.getBigDecimal(2), rs.getBoolean(3))).list();
        return withFigures(r, figures);
    }

    private static Report withFigures(Report r, List<ReportFigure> figures) {
        return new Report(r.id(), r.periodId(), r.reporterKind(), r.reporterId(), r.state(), r.version(), figures,
                r.difficulties(), r.proposals(), r.returnComment(), r.reopenReason(), r.submittedAt(), r.changedBy(),
                r.changedAt());
    }

    private void figures(long reportId, List<ReportFigure> figures) {
        for (ReportFigure f : figures) {
            jdbc.sql("insert into report_figure (report_id, indicator_id, amount, prefilled) values (:report, :indicator, "
                    + ":amount, :prefilled)").param("report", reportId).param("indicator", f.indicatorId())
                    .param("amount", f.amount()).param("prefilled", f.prefilled()).update();
        }
    }

    private static Report report(ResultSet rs) throws SQLException {
        Timestamp submitted = rs.getTimestamp(11);
        return new Report(rs.getLong(1), rs.getLong(2), ReporterKind.valueOf(rs.getString(3)), rs.getLong(4),
                ReportState.valueOf(rs.getString(5)), rs.getInt(6), List.of(), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), submitted == null ? null : submitted.toInstant(), rs.getString(12),
                rs.getTimestamp(13).toInstant());
    }
}
