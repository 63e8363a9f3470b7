package vn.ansinh.commitments;

import java.time.LocalDate;

import vn.ansinh.shared.Domain;
import vn.ansinh.shared.Party;

/**
 * A duty of a programme as one party's commitment: the wording as signed, the section it stands in (heading) and
 * its place there (position, from 1; added ones after the signed ones), how often or by when (due: null for none),
 * the indicator it moves (null for none) and the day the coordinating office ended it (null while in force).
 */
public record Commitment(Long id, long programmeId, Party party, Domain domain, String text, String heading,
        int position, Cadence cadence, LocalDate due, Long indicatorId, LocalDate endedOn) {

    public boolean inForce() {
        return endedOn == null;
    }

    /**
     * On track as of a day: done, or in progress and not past its due date. Not started or never reported is
     * not on track: a commitment nobody speaks of is not known to be kept.
     */
    public boolean onTrack(CommitmentStatus status, LocalDate asOf) {
        return status == CommitmentStatus.DONE
                || status == CommitmentStatus.IN_PROGRESS && (due == null || !due.isBefore(asOf));
    }
}
