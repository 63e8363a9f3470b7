package vn.ansinh.commendation;

import java.time.LocalDate;
import java.util.List;

/**
 * A programme's commendation proposal: the day it was last saved, the nominees in the ranking's order, and the
 * decision once recorded (decisionNumber and decidedOn null before).
 */
public record Proposal(long id, long programmeId, LocalDate proposedOn, List<Nominee> nominees, String decisionNumber,
        LocalDate decidedOn) {

    public Proposal {
        nominees = List.copyOf(nominees);
    }

    public boolean decided() {
        return decidedOn != null;
    }

    public List<Nominee> commended() {
        return nominees.stream().filter(Nominee::commended).toList();
    }
}
