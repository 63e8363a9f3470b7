package vn.ansinh.commitments.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.ansinh.commitments.Commitments;
import vn.ansinh.intake.ProgrammeImported;
import vn.ansinh.planning.ProgrammeCreated;

/**
 * A programme imported or made for next year gets the commitments of its duties, in the same transaction; at start,
 * programmes from before commitments existed get theirs.
 */
@Component
class CommitmentsOfNewProgrammes {

    private final Commitments commitments;

    CommitmentsOfNewProgrammes(Commitments commitments) {
        this.commitments = commitments;
    }

    @EventListener
    void on(ProgrammeImported imported) {
        commitments.makeFromText(imported.programmeId());
    }

    @EventListener
    void on(ProgrammeCreated created) {
        commitments.makeFromText(created.programmeId());
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        commitments.makeMissing();
    }
}
