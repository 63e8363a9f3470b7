package vn.ansinh.commitments;

import java.util.List;

import vn.ansinh.shared.Party;

/**
 * What commitments need to know of periodic reporting without depending on it: the module that keeps the reports
 * implements this. A party that files the periodic reports records its progress there; one that files none (the
 * coordinating committee, the Front, an association without a column of its own) on its party page.
 */
public interface PartyReports {

    /** The programme's reporting periods, in the order reporting lists them. */
    List<ProgressPeriod> periods(long programmeId);

    /** Whether the party files the programme's periodic reports. */
    boolean files(long programmeId, Party party);
}
