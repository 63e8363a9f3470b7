package vn.ansinh.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.OfficeTime;

/** The completeness of a period's reports, as of today (the application's clock). */
@Service
@Transactional(readOnly = true)
public class CompletenessReport {

    static final ZoneId VIETNAM = OfficeTime.ZONE;

    private final Reports reports;
    private final Reporters reporters;
    private final Clock clock;

    CompletenessReport(Reports reports, Reporters reporters, Clock clock) {
        this.reports = reports;
        this.reporters = reporters;
        this.clock = clock;
    }

    /** period: its code ("2019-03", "2019-Q1", "2019"); 404 for a programme or period the scope does not have. */
    public Completeness of(long programmeId, String periodCode, AccessScope scope) {
        ReportingPeriod period = reports.periods(programmeId, scope).stream().filter(p -> p.code().equals(periodCode))
                .findFirst().orElseThrow(() -> new ReportNotFoundException(programmeId));
        Map<String, Report> byReporter = reports.ofPeriod(period.id(), scope).stream()
                .collect(Collectors.toMap(r -> r.reporterKind() + "/" + r.reporterId(), Function.identity()));
        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        List<Completeness.Line> lines = new ArrayList<>();
        int submitted = 0;
        int onTime = 0;
        int late = 0;
        for (Reporters.Reporter reporter : reporters.of(programmeId, scope)) {
            Report report = byReporter.get(reporter.kind() + "/" + reporter.id());
            LocalDate on = report == null || report.submittedAt() == null ? null
                    : report.submittedAt().atZone(VIETNAM).toLocalDate();
            String status = on != null ? (on.isAfter(period.dueOn()) ? "LATE" : "ON_TIME")
                    : today.isAfter(period.dueOn()) ? "OVERDUE" : "NOT_DUE";
            submitted += on != null ? 1 : 0;
            onTime += "ON_TIME".equals(status) ? 1 : 0;
            late += "LATE".equals(status) ? 1 : 0;
            lines.add(new Completeness.Line(reporter.kind(), reporter.id(), reporter.name(),
                    report == null ? null : report.state(), on, status));
        }
        BigDecimal rate = lines.isEmpty() ? null : BigDecimal.valueOf(onTime * 100L)
                .divide(BigDecimal.valueOf(lines.size()), 2, RoundingMode.HALF_UP);
        return new Completeness(period.code(), period.dueOn(), today, lines.size(), submitted, onTime, late,
                lines.size() - submitted, rate, lines);
    }
}
