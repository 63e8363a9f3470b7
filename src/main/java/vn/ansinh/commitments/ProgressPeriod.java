package vn.ansinh.commitments;

import java.time.LocalDate;

/** A reporting period progress is recorded for: its code («2019-03», «2019-Q1», «2019») and its first and last day. */
public record ProgressPeriod(String code, LocalDate startsOn, LocalDate endsOn) {
}
