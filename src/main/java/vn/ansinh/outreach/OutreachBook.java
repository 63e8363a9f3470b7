package vn.ansinh.outreach;

import java.util.List;

/** A programme's trainings and sessions as a reader sees them, with their totals per commune and per topic. */
public record OutreachBook(List<Training> trainings, List<OutreachSession> sessions, OutreachTotals totals) {

    public OutreachBook {
        trainings = List.copyOf(trainings);
        sessions = List.copyOf(sessions);
    }
}
