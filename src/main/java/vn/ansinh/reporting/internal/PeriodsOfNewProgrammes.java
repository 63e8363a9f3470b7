package vn.ansinh.reporting.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.ansinh.intake.ProgrammeImported;
import vn.ansinh.planning.ProgrammeCreated;
import vn.ansinh.reporting.Reports;

/**
 * A programme imported or made for next year gets its reporting periods, in the same transaction; at
 * start, programmes from before reporting existed get theirs.
 */
@Component
class PeriodsOfNewProgrammes {

    private final Reports reports;

    PeriodsOfNewProgrammes(Reports reports) {
        this.reports = reports;
    }

    @EventListener
    void on(ProgrammeImported imported) {
        reports.createPeriods(imported.programmeId());
    }

    @EventListener
    void on(ProgrammeCreated created) {
        reports.createPeriods(created.programmeId());
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        reports.createMissingPeriods();
    }
}
