package vn.ansinh.households;

import java.util.List;

import vn.ansinh.shared.Paging;

/**
 * A page of the households a query found: the paging (page, size, how many in all) and each household
 * with its status in the year (null: none recorded) and whether it was poor in an earlier year — which
 * tells a new poor household from one that relapses.
 */
public record HouseholdListing(Paging paging, List<Entry> households) {

    public HouseholdListing {
        households = List.copyOf(households);
    }

    public record Entry(Household household, HouseholdStatus status, boolean poorBefore) {

        public boolean poor() {
            return status != null && status.classification() == vn.ansinh.poverty.Classification.POOR;
        }

        /** The outcomes a review may give the household (the others it refuses). */
        public List<ReviewOutcome> fittingOutcomes() {
            return ReviewRound.fitting(poor(), poorBefore);
        }
    }
}
