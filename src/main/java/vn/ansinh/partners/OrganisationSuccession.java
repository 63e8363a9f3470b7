package vn.ansinh.partners;

import java.time.LocalDate;

/**
 * What became of an organisation when its unit was succeeded, under the units' succession record (day, legal basis):
 * CONTINUED — it goes on, same id, in the successor unit; MERGED — it ended at its old unit and continues in
 * continuedInId, the successor's organisation of its kind.
 */
public record OrganisationSuccession(long organisationId, Kind kind, long fromUnitId, long toUnitId, Long continuedInId,
        LocalDate effectiveOn, String legalBasis) {

    public enum Kind {
        CONTINUED,
        MERGED
    }
}
